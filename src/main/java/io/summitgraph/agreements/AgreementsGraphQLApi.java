package io.summitgraph.agreements;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.events.Event;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class AgreementsGraphQLApi {

  @Inject AgreementService service;
  @Inject CommitmentService commitmentService;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Agreements, earliest signed first (undated last) unless ordered otherwise.")
  public AgreementConnection agreements(
      @Description("Conditions the agreements must meet.") AgreementFilter filter,
      @Description("Sort order; by signing date by default.") AgreementOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new AgreementConnection(
        service.agreements(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @Description("The event the agreement was reached at; null when the sources name none.")
  public List<Event> event(@Source List<Agreement> agreements) {
    return Batches.resolve(agreements, Agreement::eventKey, service::events, null);
  }

  @NonNull
  @Description("The agreements reached at the event.")
  public List<@NonNull List<@NonNull Agreement>> agreements(@Source List<Event> events) {
    return Batches.resolve(events, Event::key, service::atEvents, List.of());
  }

  @NonNull
  @Description("What the agreement commits its parties to, in the order of its text.")
  public List<@NonNull List<@NonNull Commitment>> commitments(@Source List<Agreement> agreements) {
    return Batches.resolve(agreements, Agreement::key, commitmentService::ofAgreements, List.of());
  }

  @Description("The agreement the commitment is part of; null for a promise made on its own.")
  public List<Agreement> agreement(@Source List<Commitment> commitments) {
    return Batches.resolve(commitments, Commitment::agreementKey, service::byKeys, null);
  }
}
