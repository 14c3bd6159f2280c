package io.summitgraph.quotes;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.organizations.Organization;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class OrganizationQuotesGraphQLApi {

  @Inject QuoteService service;
  @Inject Context context;

  @NonNull
  @Description(
      "What speakers said for this organization, e.g. its officials, by date said (undated last).")
  public List<@NonNull QuoteConnection> quotes(
      @Source List<Organization> organizations,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return Batches.connections(
        organizations,
        Organization::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)),
        service::saidFor,
        QuoteConnection::new);
  }

  @NonNull
  @Description(
      "Quotes this outlet relayed: those whose reportedVia chain includes it, by date said"
          + " (undated last).")
  public List<@NonNull QuoteConnection> quotesReported(
      @Source List<Organization> organizations,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return Batches.connections(
        organizations,
        Organization::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)),
        service::relayedBy,
        QuoteConnection::new);
  }
}
