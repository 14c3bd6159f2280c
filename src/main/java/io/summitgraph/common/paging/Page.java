package io.summitgraph.common.paging;

import java.util.List;

/**
 * One page of an ordered list, with a cursor per item.
 *
 * @param total items in the whole list; null unless the request asked for it (counting costs a
 *     query)
 */
public record Page<T>(
    List<T> items, List<String> cursors, boolean hasNextPage, boolean hasPreviousPage, Long total) {

  public static <T> Page<T> empty(PageRequest request) {
    return new Page<>(List.of(), List.of(), false, false, request.countTotal() ? 0L : null);
  }

  public <R> Page<R> map(java.util.function.Function<T, R> mapper) {
    return new Page<>(
        items.stream().map(mapper).toList(), cursors, hasNextPage, hasPreviousPage, total);
  }
}
