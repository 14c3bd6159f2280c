package io.summitgraph.events;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.countries.Country;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The country of an event, and the events in a country. */
@GraphQLApi
public class EventCountriesGraphQLApi {

  @Inject EventService service;
  @Inject Context context;

  @Description(
      "The country the event took place in: its own, or else its location's; null when neither is known.")
  public List<Country> country(@Source List<Event> events) {
    return Batches.byParent(events, Event::key, service.countries(events), null);
  }

  @NonNull
  @Description(
      "Events in this country: those whose country it is, or whose location is in it; earliest first.")
  public List<@NonNull EventConnection> events(
      @Source List<Country> countries,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return events after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return events before this cursor.") String before) {
    PageRequest request = PageRequest.of(first, after, last, before, wantsTotal());
    Map<Long, Page<Event>> pages =
        service.eventsInCountries(Batches.keys(countries, Country::key), request);
    return Batches.byParent(countries, Country::key, pages, Page.empty(request)).stream()
        .map(EventConnection::new)
        .toList();
  }

  private boolean wantsTotal() {
    return Selection.wantsTotalCount(context);
  }
}
