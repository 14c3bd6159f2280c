package io.summitgraph.events;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.locations.Location;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Where events took place, and the events at a place. */
@GraphQLApi
public class EventLocationsGraphQLApi {

  @Inject EventService service;
  @Inject Context context;

  @Description("Where the event took place; null when the sources name no place.")
  public List<Location> location(@Source List<Event> events) {
    return Batches.resolve(events, Event::locationKey, service::locations, null);
  }

  @NonNull
  @Description(
      "Events held at this place or at places inside it (a county lists the visits to its farms), earliest"
          + " first.")
  public List<@NonNull EventConnection> events(
      @Source List<Location> locations,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return events after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return events before this cursor.") String before) {
    PageRequest request = PageRequest.of(first, after, last, before, wantsTotal());
    Map<Long, Page<Event>> pages =
        service.eventsAtLocations(Batches.keys(locations, Location::key), request);
    return Batches.byParent(locations, Location::key, pages, Page.empty(request)).stream()
        .map(EventConnection::new)
        .toList();
  }

  private boolean wantsTotal() {
    return Selection.wantsTotalCount(context);
  }
}
