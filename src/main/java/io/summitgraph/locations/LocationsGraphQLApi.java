package io.summitgraph.locations;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.countries.Country;
import io.summitgraph.countries.CountryService;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class LocationsGraphQLApi {

  @Inject LocationService service;
  @Inject CountryService countryService;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Locations, by name unless ordered otherwise.")
  public LocationConnection locations(
      @Description("Conditions the locations must meet.") LocationFilter filter,
      @Description("Sort order; by name by default.") LocationOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new LocationConnection(
        service.locations(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @Description("The country the place is in; null for places spanning countries, e.g. a region.")
  public List<Country> country(@Source List<Location> locations) {
    return Batches.resolve(locations, Location::countryKey, countryService::byKeys, null);
  }

  @Description("The location this place lies directly inside, e.g. a farm's county; null if none.")
  public List<Location> parent(@Source List<Location> locations) {
    return Batches.resolve(locations, Location::parentKey, service::byKeys, null);
  }

  @NonNull
  @Description("The places directly inside this one (not their children), by name.")
  public List<@NonNull List<@NonNull Location>> children(@Source List<Location> locations) {
    return Batches.resolve(locations, Location::key, service::childrenOf, List.of());
  }

  @NonNull
  @Description("The places in this country, by name.")
  public List<@NonNull List<@NonNull Location>> locations(
      @Source List<Country> countries,
      @Description("Only places of this kind.") LocationKind kind) {
    return Batches.byParent(
        countries,
        Country::key,
        service.inCountries(Batches.keys(countries, Country::key), kind),
        List.of());
  }
}
