package io.summitgraph.events;

import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads events and their participants (platform/compiler). */
@ApplicationScoped
class EventReads implements ReadModel {

  @Inject EventService service;

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Event.TYPE, "event")
            .columns(
                "name", "name",
                "kind", "kind",
                "status", "status",
                "description", "description",
                "outcome", "outcome",
                "dateNote", "date_note",
                "summitSequence", "summit_sequence")
            .partialDate("date", "starts_on", "start_precision")
            .partialDate("endDate", "ends_on", "end_precision")
            .toOne("location", "Location", "location_id")
            .toOne("followUpOf", Event.TYPE, "follow_up_of_id")
            .paged(
                "participants",
                PagedRead.of(
                        "Person",
                        (arguments, event) ->
                            ParticipationRepository.queryByEvent(event, arguments.page()))
                    .nodeAt("person_id")
                    .edgeColumn("role", "role")
                    .edgeColumn("capacity", "capacity")),
        TypeReads.extend("Person")
            .paged(
                "events",
                PagedRead.of(
                        Event.TYPE,
                        (arguments, person) ->
                            EventRepository.queryByParticipant(
                                person,
                                EventCriteria.of(arguments.input("filter", EventFilter.class)),
                                arguments.page()))
                    .edgeColumn("role", "participant_role")
                    .edgeColumn("capacity", "participant_capacity")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "events",
        PagedRead.of(
            Event.TYPE,
            (arguments, none) ->
                service.eventsQuery(
                    arguments.input("filter", EventFilter.class),
                    arguments.input("orderBy", EventOrder.class),
                    arguments.page())),
        "summits",
        PagedRead.of(
            Event.TYPE,
            (arguments, none) ->
                service.summitsQuery(
                    arguments.input("filter", EventFilter.class),
                    arguments.input("orderBy", EventOrder.class),
                    arguments.page())));
  }
}
