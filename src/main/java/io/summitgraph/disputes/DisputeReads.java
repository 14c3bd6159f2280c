package io.summitgraph.disputes;

import io.summitgraph.facts.FactKind;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import io.summitgraph.sources.Citation;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads disputes, and every fact's disputes (platform/compiler). */
@ApplicationScoped
class DisputeReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    String row = FieldRead.ROW;
    return List.of(
        TypeReads.of(Dispute.TYPE, "dispute")
            .columns("property", "property", "description", "description", "resolved", "resolved")
            .field("version", new FieldRead.Value("cast(" + row + ".version as integer)"))
            .oneOf("fact", FactKind.graphQLTypeOf(row + ".fact_id"), "fact_id")
            .list(
                "claims",
                ListRead.of(
                    "DisputeClaim",
                    "dispute_claim dc",
                    "dc",
                    "dc.dispute_id = " + row + ".id",
                    DisputeRepository.CLAIM_ORDER)),
        // Claims have no ID of their own: they are read only as a dispute's list.
        TypeReads.of("DisputeClaim", "dispute_claim")
            .column("value", "value")
            .toOne("citation", Citation.TYPE, "citation_id"),
        TypeReads.extend("Fact")
            .list(
                "disputes",
                ListRead.of(
                    Dispute.TYPE,
                    "dispute d",
                    "d",
                    "d.fact_id = " + row + ".id",
                    DisputeRepository.FACT_ORDER))
            .field(
                "disputed",
                new FieldRead.Value(
                    "exists (select 1 from dispute d where d.fact_id = "
                        + row
                        + ".id and not d.resolved)")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "disputes",
        PagedRead.of(
            Dispute.TYPE,
            (arguments, none) -> {
              // Arguments reads no Boolean: its text is true or false.
              String resolved = arguments.string("resolved");
              return DisputeRepository.query(
                  resolved == null ? null : Boolean.valueOf(resolved), arguments.page());
            }));
  }
}
