package io.summitgraph.stances;

import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * How the compiled read path reads stances, and the stances of parties, events and agreements
 * (platform/compiler).
 */
@ApplicationScoped
class StanceReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Stance.TYPE, "stance")
            .columns(
                "kind", "kind",
                "description", "description",
                "holderDescription", "holder_description")
            .toOne("event", "Event", "event_id")
            .toOne("agreement", "Agreement", "agreement_id")
            .listOneOf(
                "holders",
                StanceRepository.listHolders(),
                StanceRepository.HOLDER_TYPE,
                StanceRepository.HOLDER_KEY),
        TypeReads.extend("Person").paged("stances", byHolder()),
        TypeReads.extend("Country").paged("stances", byHolder()),
        TypeReads.extend("Organization").paged("stances", byHolder()),
        TypeReads.extend("Event").paged("stances", byParent("event_id")),
        TypeReads.extend("Agreement").paged("stances", byParent("agreement_id")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "stances",
        PagedRead.of(
            Stance.TYPE,
            (arguments, none) -> {
              StanceOrder order = arguments.input("orderBy", StanceOrder.class);
              return StanceRepository.query(
                  StanceCriteria.of(arguments.input("filter", StanceFilter.class)),
                  (order == null ? StanceOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }

  private static PagedRead byHolder() {
    return PagedRead.of(
        Stance.TYPE, (arguments, party) -> StanceRepository.queryByHolder(party, arguments.page()));
  }

  private static PagedRead byParent(String parentColumn) {
    return PagedRead.of(
        Stance.TYPE,
        (arguments, parent) ->
            StanceRepository.queryByParent(parentColumn, parent, arguments.page()));
  }
}
