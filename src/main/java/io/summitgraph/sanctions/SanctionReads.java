package io.summitgraph.sanctions;

import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * How the compiled read path reads sanctions, and the sanctions of a country (platform/compiler).
 */
@ApplicationScoped
class SanctionReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Sanction.TYPE, "sanction")
            .columns(
                "description", "description",
                "sector", "sector",
                "status", "status",
                "liftingCondition", "lifting_condition",
                "liftingConsideration", "lifting_consideration",
                "liftReason", "lift_reason")
            .partialDate("imposedOn", "imposed_on", "imposed_precision")
            .partialDate("liftedOn", "lifted_on", "lifted_precision")
            .toOne("issuer", "Country", "issuer_id")
            .toOne("target", "Country", "target_id"),
        TypeReads.extend("Country")
            .list("sanctionsImposed", SanctionRepository.listByCountry("issuer_id"))
            .list("sanctionsReceived", SanctionRepository.listByCountry("target_id")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "sanctions",
        PagedRead.of(
            Sanction.TYPE,
            (arguments, none) -> {
              SanctionOrder order = arguments.input("orderBy", SanctionOrder.class);
              return SanctionRepository.query(
                  SanctionCriteria.of(arguments.input("filter", SanctionFilter.class)),
                  (order == null ? SanctionOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
