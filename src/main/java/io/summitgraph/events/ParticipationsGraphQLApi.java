package io.summitgraph.events;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.events.EventParticipantConnection.EventParticipantEdge;
import io.summitgraph.people.Person;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class ParticipationsGraphQLApi {

  @Inject ParticipationService service;
  @Inject EventService eventService;
  @Inject Context context;

  @NonNull
  @Description("Who took part, in the order the sources name them, each with the part they played.")
  public List<@NonNull EventParticipantConnection> participants(
      @Source List<Event> events,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return participants after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return participants before this cursor.") String before) {
    PageRequest request =
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context));
    Map<Long, Page<Participation>> pages =
        service.participants(Batches.keys(events, Event::key), request);
    return Batches.byParent(events, Event::key, pages, Page.empty(request)).stream()
        .map(EventParticipantConnection::new)
        .toList();
  }

  @NonNull
  @Description("The person who took part.")
  public List<@NonNull Person> node(@Source List<EventParticipantEdge> edges) {
    return people(edges.stream().map(EventParticipantEdge::participation).toList());
  }

  @NonNull
  @Description("The event.")
  public List<@NonNull Event> event(@Source List<Participation> participations) {
    return Batches.resolve(participations, Participation::eventKey, eventService::byKeys, null);
  }

  @NonNull
  @Description("The person who took part.")
  public List<@NonNull Person> person(@Source List<Participation> participations) {
    return people(participations);
  }

  @NonNull
  @Description("Events the person took part in, earliest first (undated last), with their part.")
  public List<@NonNull PersonEventConnection> events(
      @Source List<Person> people,
      @Description("Conditions the events must meet.") EventFilter filter,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return events after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return events before this cursor.") String before) {
    PageRequest request =
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context));
    Map<Long, Page<PersonEvent>> pages =
        service.eventsOfPeople(Batches.keys(people, Person::key), filter, request);
    return Batches.byParent(people, Person::key, pages, Page.empty(request)).stream()
        .map(PersonEventConnection::new)
        .toList();
  }

  private List<Person> people(List<Participation> participations) {
    return Batches.resolve(participations, Participation::personKey, service::people, null);
  }
}
