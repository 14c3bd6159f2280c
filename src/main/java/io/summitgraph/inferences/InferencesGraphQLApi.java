package io.summitgraph.inferences;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.facts.FactBasis;
import io.summitgraph.platform.fetching.Selection;
import io.summitgraph.sources.CitationService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

/** Stated versus inferred: what an editor read into the sources, on every fact. */
@GraphQLApi
public class InferencesGraphQLApi {

  @Inject InferenceService inferences;
  @Inject CitationService citations;
  @Inject Context context;

  @Query
  @NonNull
  @Description("What editors inferred rather than read in the sources, oldest recorded first.")
  public InferenceConnection inferences(
      @Description("Only inferences about this field of their facts, e.g. kind or date.")
          String field,
      @Description("Only inferences of whole facts (true); cannot be combined with field.")
          Boolean wholeFacts,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description("Return inferences after this cursor.") String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description("Return inferences before this cursor.") String before) {
    boolean whole = InferenceService.wholeFacts(field, wholeFacts);
    return new InferenceConnection(
        inferences.inferences(
            field,
            whole,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description(
      "What an editor inferred about this fact rather than read in its sources, each with its"
          + " reasoning; empty when the sources state all of it.")
  public List<@NonNull List<@NonNull Inference>> inferences(@Source List<Fact> facts) {
    return Batches.resolve(facts, Fact::key, inferences::byFacts, List.of());
  }

  @NonNull
  @Description(
      "Whether the sources state this fact (STATED), or an editor inferred some of its values"
          + " (PARTLY_INFERRED) or the whole of it (INFERRED); inferences say what and why.")
  public List<@NonNull FactBasis> basis(@Source List<Fact> facts) {
    Map<Long, FactBasis> bases = inferences.bases(Batches.keys(facts, Fact::key));
    return facts.stream().map(f -> bases.getOrDefault(f.key(), FactBasis.STATED)).toList();
  }

  @NonNull
  @Description("The fact the inference is about.")
  public List<@NonNull Fact> fact(@Source List<Inference> inferenceList) {
    return Batches.resolve(inferenceList, Inference::factKey, citations::facts, null);
  }
}
