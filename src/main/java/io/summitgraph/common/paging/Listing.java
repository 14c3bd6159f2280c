package io.summitgraph.common.paging;

import io.summitgraph.common.persistence.RowsByKey;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;

/**
 * A filtered, keyset-paged SQL listing of entities. One statement fetches a page (one more row than
 * asked tells whether there is a next page); the total is a separate count, run only when the
 * client selected it.
 *
 * <p>{@link #pagePerParent} pages the children of many parents in one statement, which is how every
 * nested connection avoids a query per parent.
 */
public final class Listing<E> {

  private final EntityManager entityManager;
  private final Class<E> entityType;
  private final String from;
  private final String alias;
  private final ToLongFunction<E> idOf;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /**
   * @param from the FROM clause, e.g. {@code participation pa join event e on e.id = pa.event_id}
   * @param alias the alias of the table whose rows are the entities, e.g. {@code pa}
   */
  public Listing(
      EntityManager entityManager,
      Class<E> entityType,
      String from,
      String alias,
      ToLongFunction<E> idOf) {
    this.entityManager = entityManager;
    this.entityType = entityType;
    this.from = from;
    this.alias = alias;
    this.idOf = idOf;
  }

  /**
   * A listing that only describes its rows, for the compiled read path ({@link #query}): it runs
   * nothing itself.
   */
  public Listing(String from, String alias) {
    this(null, null, from, alias, null);
  }

  /** Adds a condition; its named parameters are given as name, value pairs. */
  public Listing<E> where(String condition, Object... namesAndValues) {
    conditions.add(condition);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return this;
  }

  public Page<E> page(SortKey<E> sort, boolean descending, PageRequest request) {
    List<String> where = new ArrayList<>(conditions);
    Map<String, Object> values = new HashMap<>(parameters);
    // Paging backwards reads the list in reverse from the cursor, then restores the order.
    boolean reverse = descending != request.backward();
    keysetCondition(sort, request.after(), !descending, "sg_after", where, values);
    keysetCondition(sort, request.before(), descending, "sg_before", where, values);
    String direction = reverse ? "desc" : "asc";
    String sql =
        "select "
            + alias
            + ".* from "
            + from
            + whereClause(where)
            + " order by "
            + sort.expression()
            + " "
            + direction
            + ", "
            + alias
            + ".id "
            + direction
            + " limit "
            + (request.size() + 1);
    List<E> rows = resultList(sql, values);
    boolean more = rows.size() > request.size();
    List<E> items = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
    if (request.backward()) {
      Collections.reverse(items);
    }
    boolean hasNext = request.backward() ? request.before() != null : more;
    boolean hasPrevious = request.backward() ? more : request.after() != null;
    Long total = request.countTotal() ? count() : null;
    return new Page<>(items, cursors(items, sort), hasNext, hasPrevious, total);
  }

  /**
   * The page {@link #page} would read, as SQL to nest in another statement; with {@code parent} (a
   * condition naming an outer row), the page of that parent's rows, as {@link #pagePerParent} reads
   * them.
   */
  public PageQuery query(SortKey<?> sort, boolean descending, PageRequest request, String parent) {
    List<String> counted = new ArrayList<>(conditions);
    if (parent != null) {
      counted.add(parent);
    }
    List<String> where = new ArrayList<>(counted);
    Map<String, Object> values = new HashMap<>(parameters);
    keysetCondition(sort, request.after(), !descending, "sg_after", where, values);
    keysetCondition(sort, request.before(), descending, "sg_before", where, values);
    return new PageQuery(
        from,
        alias,
        where,
        counted,
        values,
        sort,
        descending,
        descending != request.backward(),
        request);
  }

  public long count() {
    Query query =
        entityManager.createNativeQuery("select count(*) from " + from + whereClause(conditions));
    parameters.forEach(query::setParameter);
    return ((Number) query.getSingleResult()).longValue();
  }

  /**
   * Pages the rows of many parents at once: the first {@code request.size()} rows after the cursor
   * for each parent (or, paging backward, the last ones before it), in one statement, reading no
   * more than that many rows per parent. Totals per parent come from one grouped count, run only if
   * a client asks for one. The cursors are the same keyset cursors either way.
   *
   * @param parentColumn the SQL column holding the parent key, e.g. {@code pa.event_id}
   */
  public Map<Long, Page<E>> pagePerParent(
      String parentColumn,
      Collection<Long> parentKeys,
      Function<E, Long> parentOf,
      SortKey<E> sort,
      boolean descending,
      PageRequest request) {
    List<Long> parents = List.copyOf(new LinkedHashSet<>(parentKeys));
    if (parents.isEmpty()) {
      return Map.of();
    }
    List<String> where = new ArrayList<>(conditions);
    Map<String, Object> values = new HashMap<>(parameters);
    where.add(parentColumn + " = sg_parent.key");
    // One array parameter: the statement's text stays the same whatever the number of parents.
    values.put("sg_parents", RowsByKey.keyArray(parents));
    keysetCondition(sort, request.after(), !descending, "sg_after", where, values);
    keysetCondition(sort, request.before(), descending, "sg_before", where, values);
    // Paging backwards reads each parent's list in reverse from the cursor, then restores the
    // order.
    String direction = descending != request.backward() ? "desc" : "asc";
    // One statement for all parents, and for each parent only its first rows: a LATERAL subquery
    // per parent key walks the index of (parent, sort key) and stops at the page size, however
    // many children a parent has (a window over all children would read and sort them all).
    String order = sort.expression() + " " + direction + ", " + alias + ".id " + direction;
    String sql =
        "select sg_page.* from unnest(cast(:sg_parents as bigint[])) with ordinality as sg_parent(key, position)"
            + " cross join lateral (select "
            + alias
            + ".*, row_number() over (order by "
            + order
            + ") as sg_rank from "
            + from
            + whereClause(where)
            + " order by "
            + order
            + " limit "
            + (request.size() + 1)
            + ") sg_page order by sg_parent.position, sg_page.sg_rank";
    Map<Long, List<E>> rowsByParent =
        resultList(sql, values).stream()
            .collect(Collectors.groupingBy(parentOf, LinkedHashMap::new, Collectors.toList()));
    Map<Long, Long> counts = request.countTotal() ? countPerParent(parentColumn, parents) : null;
    Map<Long, Page<E>> pages = new HashMap<>();
    for (Long parent : parents) {
      List<E> rows = rowsByParent.getOrDefault(parent, List.of());
      boolean more = rows.size() > request.size();
      List<E> items = new ArrayList<>(more ? rows.subList(0, request.size()) : rows);
      if (request.backward()) {
        Collections.reverse(items);
      }
      boolean hasNext = request.backward() ? request.before() != null : more;
      boolean hasPrevious = request.backward() ? more : request.after() != null;
      Long total = counts == null ? null : counts.getOrDefault(parent, 0L);
      pages.put(parent, new Page<>(items, cursors(items, sort), hasNext, hasPrevious, total));
    }
    return pages;
  }

  private Map<Long, Long> countPerParent(String parentColumn, List<Long> parents) {
    List<String> where = new ArrayList<>(conditions);
    where.add(RowsByKey.anyOf(parentColumn, "sg_parents"));
    Query query =
        entityManager.createNativeQuery(
            "select "
                + parentColumn
                + ", count(*) from "
                + from
                + whereClause(where)
                + " group by "
                + parentColumn);
    parameters.forEach(query::setParameter);
    query.setParameter("sg_parents", RowsByKey.keyArray(parents));
    Map<Long, Long> counts = new HashMap<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      counts.put(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue());
    }
    return counts;
  }

  private void keysetCondition(
      SortKey<?> sort,
      Cursor cursor,
      boolean greater,
      String name,
      List<String> where,
      Map<String, Object> values) {
    if (cursor == null) {
      return;
    }
    cursor.requireOrdering(sort.name());
    requireValueOfType(cursor.sortValue(), sort.sqlType());
    where.add(
        "("
            + sort.expression()
            + ", "
            + alias
            + ".id) "
            + (greater ? ">" : "<")
            + " (cast(:"
            + name
            + "_value as "
            + sort.sqlType()
            + "), :"
            + name
            + "_id)");
    values.put(name + "_value", cursor.sortValue());
    values.put(name + "_id", cursor.id());
  }

  @SuppressWarnings("unchecked")
  private List<E> resultList(String sql, Map<String, Object> values) {
    Query query = entityManager.createNativeQuery(sql, entityType);
    values.forEach(query::setParameter);
    return query.getResultList();
  }

  private List<String> cursors(List<E> items, SortKey<E> sort) {
    return items.stream()
        .map(
            item ->
                new Cursor(sort.name(), sort.valueOf().apply(item), idOf.applyAsLong(item))
                    .encode())
        .toList();
  }

  private static String whereClause(List<String> where) {
    return where.isEmpty() ? "" : " where " + String.join(" and ", where);
  }

  /**
   * A cursor carries its sort value as text, cast back in SQL; a value the cast would reject (a
   * tampered cursor) is refused here as bad input rather than failing in the database.
   */
  private static void requireValueOfType(String value, String sqlType) {
    try {
      switch (sqlType) {
        case "date" -> {
          if (!"infinity".equals(value) && !"-infinity".equals(value)) {
            java.time.LocalDate.parse(value);
          }
        }
        case "integer", "bigint", "smallint" -> Long.parseLong(value);
        case "real", "double precision", "numeric" -> Double.parseDouble(value);
        default -> {
          // text-like: any value compares
        }
      }
    } catch (RuntimeException e) {
      throw new io.summitgraph.common.errors.BadUserInputException("Malformed cursor");
    }
  }
}
