package io.summitgraph.sanctions;

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
public class SanctionsGraphQLApi {

  @Inject SanctionService service;
  @Inject CountryService countryService;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Sanctions, by the date imposed (undated last) unless ordered otherwise.")
  public SanctionConnection sanctions(
      @Description("Conditions the sanctions must meet.") SanctionFilter filter,
      @Description("Sort order; by date imposed by default.") SanctionOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new SanctionConnection(
        service.sanctions(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description("The country imposing the sanction.")
  public List<@NonNull Country> issuer(@Source List<Sanction> sanctions) {
    return Batches.resolve(sanctions, Sanction::issuerKey, countryService::byKeys, null);
  }

  @NonNull
  @Description("The country the sanction is imposed on.")
  public List<@NonNull Country> target(@Source List<Sanction> sanctions) {
    return Batches.resolve(sanctions, Sanction::targetKey, countryService::byKeys, null);
  }

  @NonNull
  @Description("Sanctions this country imposes on others, by date imposed (undated last).")
  public List<@NonNull List<@NonNull Sanction>> sanctionsImposed(@Source List<Country> countries) {
    return Batches.resolve(countries, Country::key, service::imposedBy, List.of());
  }

  @NonNull
  @Description("Sanctions other countries impose on this one, by date imposed (undated last).")
  public List<@NonNull List<@NonNull Sanction>> sanctionsReceived(@Source List<Country> countries) {
    return Batches.resolve(countries, Country::key, service::imposedOn, List.of());
  }
}
