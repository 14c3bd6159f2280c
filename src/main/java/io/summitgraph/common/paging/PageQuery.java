package io.summitgraph.common.paging;

import java.util.List;
import java.util.Map;

/**
 * One page of a {@link Listing} as SQL, not yet run: what the compiled read path nests inside the
 * statement it builds for a root field. The rows are those {@link Listing#page} would return for
 * the same request: the same conditions, keyset and limit.
 *
 * @param from the listing's FROM clause, its rows under {@code alias}
 * @param conditions the listing's conditions with the keyset's (named parameters in {@code
 *     parameters})
 * @param countConditions the listing's conditions without the keyset's, for the total
 * @param sort the ordering; its name and its value as text make the cursors
 * @param reverse whether the rows are read in the reverse of the order they are answered in
 */
public record PageQuery(
    String from,
    String alias,
    List<String> conditions,
    List<String> countConditions,
    Map<String, Object> parameters,
    SortKey<?> sort,
    boolean descending,
    boolean reverse,
    PageRequest request) {

  /** The ORDER BY the rows are read in. */
  public String readOrder() {
    String direction = reverse ? "desc" : "asc";
    return sort.expression() + " " + direction + ", " + alias + ".id " + direction;
  }

  /** Whether a next page follows, given that more rows than the page size were read. */
  public String hasNextPage(String moreRead) {
    return request.backward() ? Boolean.toString(request.before() != null) : moreRead;
  }

  /** Whether a previous page precedes, given that more rows than the page size were read. */
  public String hasPreviousPage(String moreRead) {
    return request.backward() ? moreRead : Boolean.toString(request.after() != null);
  }
}
