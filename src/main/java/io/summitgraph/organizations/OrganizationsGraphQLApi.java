package io.summitgraph.organizations;

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
public class OrganizationsGraphQLApi {

  @Inject OrganizationService service;
  @Inject CountryService countryService;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Organizations, by name unless ordered otherwise.")
  public OrganizationConnection organizations(
      @Description("Conditions the organizations must meet.") OrganizationFilter filter,
      @Description("Sort order; by name by default.") OrganizationOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new OrganizationConnection(
        service.organizations(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @Description("The country the organization belongs to; null when no source gives one.")
  public List<Country> country(@Source List<Organization> organizations) {
    return Batches.resolve(organizations, Organization::countryKey, countryService::byKeys, null);
  }

  @NonNull
  @Description("The organizations based in this country, by name.")
  public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Country> countries) {
    return Batches.resolve(countries, Country::key, service::inCountries, List.of());
  }
}
