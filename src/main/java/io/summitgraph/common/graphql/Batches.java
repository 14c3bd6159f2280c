package io.summitgraph.common.graphql;

import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Lines batched results up with their parents. SmallRye matches a batch resolver's results to its
 * parents by position, so results are looked up in a map keyed by parent key: order bugs cannot
 * happen.
 */
public final class Batches {

  private Batches() {}

  /** One result per parent, in the parents' order; {@code missing} where a parent has none. */
  public static <P, R> List<R> byParent(
      List<P> parents, Function<P, Long> keyOf, Map<Long, R> results, R missing) {
    return parents.stream()
        .map(
            parent ->
                keyOf.apply(parent) == null
                    ? missing
                    : results.getOrDefault(keyOf.apply(parent), missing))
        .toList();
  }

  /** The distinct non-null keys of the parents, for one {@code in (...)} query. */
  public static <P> List<Long> keys(Collection<P> parents, Function<P, Long> keyOf) {
    return parents.stream().map(keyOf).filter(Objects::nonNull).distinct().toList();
  }

  /**
   * Resolves a batched field: one load for the parents' distinct keys, then one result per parent,
   * in order.
   *
   * @param load loads results by key, e.g. {@code countries::byKeys}; one query for all keys
   */
  public static <P, R> List<R> resolve(
      List<P> parents,
      Function<P, Long> keyOf,
      Function<List<Long>, Map<Long, R>> load,
      R missing) {
    return byParent(parents, keyOf, load.apply(keys(parents, keyOf)), missing);
  }

  /**
   * The nested connections of a batch of parents, one per parent in their order: their pages come
   * from one call for all the parents' keys, and a parent without children gets an empty page.
   */
  public static <P, T, C> List<C> connections(
      List<P> parents,
      Function<P, Long> keyOf,
      PageRequest request,
      BiFunction<Collection<Long>, PageRequest, Map<Long, Page<T>>> pages,
      Function<Page<T>, C> connection) {
    return byParent(
            parents, keyOf, pages.apply(keys(parents, keyOf), request), Page.<T>empty(request))
        .stream()
        .map(connection)
        .toList();
  }
}
