package io.summitgraph.inferences;

import io.summitgraph.facts.FactBasis;
import io.summitgraph.facts.FactKind;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads inferences, and every fact's basis (platform/compiler). */
@ApplicationScoped
class InferenceReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    String fact = FieldRead.ROW + ".id";
    return List.of(
        TypeReads.of(Inference.TYPE, "inference")
            .columns("field", "field", "value", "value", "reasoning", "reasoning")
            .oneOf("fact", FactKind.graphQLTypeOf(FieldRead.ROW + ".fact_id"), "fact_id"),
        TypeReads.extend("Fact")
            .list(
                "inferences",
                ListRead.of(
                    Inference.TYPE,
                    "inference i",
                    "i",
                    "i.fact_id = " + fact,
                    InferenceRepository.FACT_ORDER))
            // The rule of InferenceService.basisOf, as FactBasis states it in SQL for filters.
            .field(
                "basis",
                new FieldRead.Value(
                    "(case when "
                        + FactBasis.INFERRED.condition(fact)
                        + " then 'INFERRED' when "
                        + FactBasis.PARTLY_INFERRED.condition(fact)
                        + " then 'PARTLY_INFERRED' else 'STATED' end)")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "inferences",
        PagedRead.of(
            Inference.TYPE,
            (arguments, none) -> {
              String field = arguments.string("field");
              // Arguments reads no Boolean: its text is true or false.
              String wholeFacts = arguments.string("wholeFacts");
              return InferenceRepository.query(
                  field,
                  InferenceService.wholeFacts(
                      field, wholeFacts == null ? null : Boolean.valueOf(wholeFacts)),
                  arguments.page());
            }));
  }
}
