package io.summitgraph.stances;

import io.smallrye.graphql.api.Context;
import io.summitgraph.agreements.Agreement;
import io.summitgraph.agreements.AgreementService;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.events.Event;
import io.summitgraph.events.EventService;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class StancesGraphQLApi {

  @Inject StanceService service;
  @Inject EventService events;
  @Inject AgreementService agreements;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Stances, by kind unless ordered otherwise.")
  public StanceConnection stances(
      @Description("Conditions the stances must meet.") StanceFilter filter,
      @Description("Sort order; by kind by default.") StanceOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new StanceConnection(
        service.stances(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description(
      "The parties the sources name as holding it, in the order they name them; empty when they"
          + " only describe the holders (see holderDescription).")
  public List<@NonNull List<@NonNull Party>> holders(@Source List<Stance> stances) {
    return Batches.resolve(stances, Stance::key, service::holders, List.of());
  }

  @Description("The event the stance is about, if any.")
  public List<Event> event(@Source List<Stance> stances) {
    return Batches.resolve(stances, Stance::eventKey, events::byKeys, null);
  }

  @Description("The agreement the stance is about, if any.")
  public List<Agreement> agreement(@Source List<Stance> stances) {
    return Batches.resolve(stances, Stance::agreementKey, agreements::byKeys, null);
  }
}
