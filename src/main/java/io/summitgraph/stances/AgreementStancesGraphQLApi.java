package io.summitgraph.stances;

import io.smallrye.graphql.api.Context;
import io.summitgraph.agreements.Agreement;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class AgreementStancesGraphQLApi {

  @Inject StanceService service;
  @Inject Context context;

  @NonNull
  @Description("Stances taken about this agreement, by kind.")
  public List<@NonNull StanceConnection> stances(
      @Source List<Agreement> agreements,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return Batches.connections(
        agreements,
        Agreement::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)),
        service::aboutAgreements,
        StanceConnection::new);
  }
}
