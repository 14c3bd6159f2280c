package io.summitgraph.events;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/**
 * Events and summits, and how events follow each other up. Where events took place, who took part
 * and their reverse directions live in the other {@code …GraphQLApi} classes of this package: Java
 * cannot overload {@code events(@Source List<Location>)} and {@code events(@Source List<Country>)}
 * in one class.
 */
@GraphQLApi
public class EventsGraphQLApi {

  @Inject EventService service;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Events, earliest first (undated ones last) unless ordered otherwise.")
  public EventConnection events(
      @Description("Conditions the events must meet.") EventFilter filter,
      @Description("Sort order; by date by default.") EventOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new EventConnection(
        service.events(filter, orderBy, PageRequest.of(first, after, last, before, wantsTotal())));
  }

  @Query
  @NonNull
  @Description("Summits, by their number in the series unless ordered otherwise.")
  public EventConnection summits(
      @Description("Conditions the summits must meet (besides being summits).") EventFilter filter,
      @Description("Sort order; by summit number by default.") EventOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new EventConnection(
        service.summits(filter, orderBy, PageRequest.of(first, after, last, before, wantsTotal())));
  }

  @Description("The earlier event this one follows up, e.g. the summit a visit built on.")
  public List<Event> followUpOf(@Source List<Event> events) {
    return Batches.resolve(events, Event::followUpOfKey, service::byKeys, null);
  }

  @NonNull
  @Description("The events that follow this one up, earliest first.")
  public List<@NonNull List<@NonNull Event>> followUps(@Source List<Event> events) {
    return Batches.resolve(events, Event::key, service::followUps, List.of());
  }

  private boolean wantsTotal() {
    return Selection.wantsTotalCount(context);
  }
}
