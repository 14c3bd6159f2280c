package io.summitgraph.statistics;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
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
public class HumanitarianStatisticsGraphQLApi {

  @Inject HumanitarianStatisticService service;
  @Inject CountryService countryService;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Humanitarian statistics, by indicator unless ordered otherwise.")
  public HumanitarianStatisticConnection humanitarianStatistics(
      @Description("Conditions the statistics must meet.") HumanitarianStatisticFilter filter,
      @Description("Sort order; by indicator by default.") HumanitarianStatisticOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new HumanitarianStatisticConnection(
        service.humanitarianStatistics(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description("The country the figure is about.")
  public List<@NonNull Country> country(@Source List<HumanitarianStatistic> statistics) {
    return Batches.resolve(
        statistics, HumanitarianStatistic::countryKey, countryService::byKeys, null);
  }

  @NonNull
  @Description("Humanitarian statistics about this country, by indicator.")
  public List<@NonNull HumanitarianStatisticConnection> humanitarianStatistics(
      @Source List<Country> countries,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    PageRequest request =
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context));
    return Batches.byParent(
            countries,
            Country::key,
            service.aboutCountries(Batches.keys(countries, Country::key), request),
            Page.<HumanitarianStatistic>empty(request))
        .stream()
        .map(HumanitarianStatisticConnection::new)
        .toList();
  }
}
