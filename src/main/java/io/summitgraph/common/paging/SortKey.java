package io.summitgraph.common.paging;

import java.util.function.Function;

/**
 * An ordering a listing can page by: a SQL expression over the listing's tables, the SQL type a
 * cursor's value is cast back to, and how to read that value from a row. The row id always breaks
 * ties.
 *
 * @param name stable name, stored in cursors
 * @param expression SQL expression that never yields null (use coalesce), e.g. {@code
 *     coalesce(e.starts_on, 'infinity'::date)}
 */
public record SortKey<E>(
    String name, String expression, String sqlType, Function<E, String> valueOf) {}
