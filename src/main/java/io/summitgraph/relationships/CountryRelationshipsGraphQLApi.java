package io.summitgraph.relationships;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.countries.Country;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class CountryRelationshipsGraphQLApi {

  @Inject RelationshipService service;
  @Inject Context context;

  @NonNull
  @Description("The relationships this country is a party to, earliest first.")
  public List<@NonNull RelationshipConnection> relationships(
      @Source List<Country> countries,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return Batches.connections(
        countries,
        Country::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)),
        service::ofParties,
        RelationshipConnection::new);
  }
}
