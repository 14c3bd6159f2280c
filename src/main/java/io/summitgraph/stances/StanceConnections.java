package io.summitgraph.stances;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Builds the nested stance connections of a batch of parents, one per parent in their order.
 *
 * <p>Totals are always counted (one grouped statement for the whole batch), not only when
 * totalCount is selected: SmallRye's batch loader caches results per parent and arguments, so a
 * second occurrence of the same field on the same parent (say Country.stances again under a
 * stance's holders) reuses the first occurrence's connection, whose selection may have lacked
 * totalCount. Counting always keeps every occurrence answerable.
 */
final class StanceConnections {

  private StanceConnections() {}

  static <P> List<StanceConnection> of(
      List<P> parents,
      Function<P, Long> keyOf,
      PageRequest request,
      BiFunction<Collection<Long>, PageRequest, Map<Long, Page<Stance>>> pages) {
    return Batches.byParent(
            parents,
            keyOf,
            pages.apply(Batches.keys(parents, keyOf), request),
            Page.<Stance>empty(request))
        .stream()
        .map(StanceConnection::new)
        .toList();
  }
}
