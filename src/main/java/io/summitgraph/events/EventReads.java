package io.summitgraph.events;

import io.summitgraph.platform.compiler.Arguments;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
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
            .list("relations", EventReads::relations)
            .toOne("followUpOf", Event.TYPE, "follow_up_of_id")
            // Its own country, else its location's (EventService.countries).
            .field(
                "country",
                new FieldRead.ToOne(
                    "Country",
                    "coalesce({row}.country_id, (select l.country_id from location l"
                        + " where l.id = {row}.location_id))"))
            // Earliest first, undated last, then by key (EventService.CHRONOLOGICAL).
            .list(
                "followUps",
                ListRead.of(
                    Event.TYPE,
                    "event f",
                    "f",
                    "f.follow_up_of_id = {row}.id",
                    EventSortKeys.of(EventOrderField.DATE, false, "f").expression() + ", f.id"))
            .paged(
                "participants",
                PagedRead.of(
                        "Person",
                        (arguments, event) ->
                            ParticipationRepository.queryByEvent(event, arguments.page()))
                    .nodeAt("person_id")
                    .edgeColumn("role", "role")
                    .edgeColumn("capacity", "capacity")
                    .edge("participation", new FieldRead.ToOne(Participation.TYPE, "{row}.id"))),
        TypeReads.of(Participation.TYPE, "participation")
            .columns("role", "role", "capacity", "capacity")
            .toOne("event", Event.TYPE, "event_id")
            .toOne("person", "Person", "person_id"),
        TypeReads.of(EventRelation.TYPE, "event_relation")
            .column("kind", "kind")
            .toOne("event", Event.TYPE, "event_id")
            .toOne("relatedEvent", Event.TYPE, "related_event_id"),
        TypeReads.extend("Country")
            .paged(
                "events",
                PagedRead.of(
                    Event.TYPE,
                    (arguments, country) ->
                        EventRepository.queryByCountry(country, arguments.page()))),
        TypeReads.extend("Location")
            .paged(
                "events",
                PagedRead.of(
                    Event.TYPE,
                    (arguments, location) ->
                        EventRepository.queryByLocation(location, arguments.page()))),
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
                    .edgeColumn("capacity", "participant_capacity")
                    .edge(
                        "participation",
                        new FieldRead.ToOne(Participation.TYPE, "{row}.participation_id"))));
  }

  /**
   * The relations joining the event, on either side, in recorded order; only of the kinds given,
   * none for an empty list (EventRelationRepository.findByEvents).
   */
  private static ListRead relations(Arguments arguments) {
    List<String> kinds = arguments.names("kinds");
    String joining = "(r.event_id = {row}.id or r.related_event_id = {row}.id)";
    if (kinds == null) {
      return ListRead.of(EventRelation.TYPE, "event_relation r", "r", joining, "r.id");
    }
    return new ListRead(
        EventRelation.TYPE,
        "event_relation r",
        "r",
        joining + " and r.kind = any(cast(:kinds as text[]))",
        "r.id",
        Map.of("kinds", kinds.toArray(String[]::new)));
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
