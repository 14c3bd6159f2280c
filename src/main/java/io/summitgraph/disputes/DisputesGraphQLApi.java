package io.summitgraph.disputes;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import io.summitgraph.sources.Citation;
import io.summitgraph.sources.CitationService;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class DisputesGraphQLApi {

  @Inject DisputeService disputes;
  @Inject CitationService citations;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Points on which sources disagree, oldest recorded first.")
  public DisputeConnection disputes(
      @Description("Only settled (true) or open (false) disputes; both when absent.")
          Boolean resolved,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return disputes after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return disputes before this cursor.") String before) {
    return new DisputeConnection(
        disputes.disputes(
            resolved,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description("Where sources disagree about this fact; empty when none do.")
  public List<@NonNull List<@NonNull Dispute>> disputes(@Source List<Fact> facts) {
    return Batches.resolve(facts, Fact::key, disputes::byFacts, List.of());
  }

  @NonNull
  @Description("Whether sources disagree about this fact in an open dispute.")
  public List<@NonNull Boolean> disputed(@Source List<Fact> facts) {
    var byFact = disputes.byFacts(Batches.keys(facts, Fact::key));
    return facts.stream()
        .map(f -> byFact.getOrDefault(f.key(), List.of()).stream().anyMatch(d -> !d.resolved()))
        .toList();
  }

  @NonNull
  @Description("The fact in dispute.")
  public List<@NonNull Fact> fact(@Source List<Dispute> disputeList) {
    return Batches.resolve(disputeList, Dispute::factKey, citations::facts, null);
  }

  @NonNull
  @Description("The competing values, each with the citation that states it, in recorded order.")
  public List<@NonNull List<@NonNull DisputeClaim>> claims(@Source List<Dispute> disputeList) {
    return Batches.resolve(disputeList, Dispute::key, disputes::claims, List.of());
  }

  @NonNull
  @Description("The citation that states this value.")
  public List<@NonNull Citation> citation(@Source List<DisputeClaim> claims) {
    return Batches.resolve(claims, DisputeClaim::citationKey, citations::byKeys, null);
  }
}
