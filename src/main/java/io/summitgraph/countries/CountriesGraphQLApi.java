package io.summitgraph.countries;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class CountriesGraphQLApi {

  @Inject CountryService service;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Countries, by name unless ordered otherwise.")
  public CountryConnection countries(
      @Description("Conditions the countries must meet.") CountryFilter filter,
      @Description("Sort order; by name by default.") CountryOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new CountryConnection(
        service.countries(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }
}
