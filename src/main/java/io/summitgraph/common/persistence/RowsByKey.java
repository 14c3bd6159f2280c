package io.summitgraph.common.persistence;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;

/**
 * The entities whose key column holds any of many keys, in one statement: {@code column =
 * any(:keys)} with the keys bound as one array. This is how every batched lookup by key reads (the
 * rows of a to-one field, or all children of many parents).
 *
 * <p>The statement's text is the same whatever the number of keys. A JPQL {@code in ?1} with a list
 * expands into one parameter per key instead: Hibernate translates the query again whenever the
 * list's length changes, and PostgreSQL parses and plans every length as a new statement.
 */
public final class RowsByKey<E> {

  private final EntityManager entityManager;
  private final Class<E> entityType;
  private final String keyColumn;
  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();
  private String orderBy = "";

  private RowsByKey(EntityManager entityManager, Class<E> entityType, String keyColumn) {
    this.entityManager = entityManager;
    this.entityType = entityType;
    this.keyColumn = keyColumn;
  }

  /**
   * @param entityType an entity mapped to one table named by its {@link Table} annotation
   * @param keyColumn the SQL column matched against the keys, e.g. {@code id} or {@code parent_id}
   */
  public static <E> RowsByKey<E> of(
      EntityManager entityManager, Class<E> entityType, String keyColumn) {
    return new RowsByKey<>(entityManager, entityType, keyColumn);
  }

  /** The entities with these primary keys, in no particular order; unknown keys have none. */
  public static <E> List<E> byIds(
      EntityManager entityManager, Class<E> entityType, Collection<Long> ids) {
    return of(entityManager, entityType, "id").list(ids);
  }

  /** Adds an SQL condition; its named parameters are given as name, value pairs. */
  public RowsByKey<E> where(String condition, Object... namesAndValues) {
    conditions.add(condition);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      parameters.put((String) namesAndValues[i], namesAndValues[i + 1]);
    }
    return this;
  }

  /** The SQL ordering of the rows, e.g. {@code name, id}. */
  public RowsByKey<E> orderBy(String columns) {
    orderBy = " order by " + columns;
    return this;
  }

  @SuppressWarnings("unchecked")
  public List<E> list(Collection<Long> keys) {
    if (keys.isEmpty()) {
      return List.of();
    }
    StringBuilder sql =
        new StringBuilder("select * from ")
            .append(table(entityType))
            .append(" where ")
            .append(anyOf(keyColumn, "sg_keys"));
    conditions.forEach(condition -> sql.append(" and ").append(condition));
    sql.append(orderBy);
    Query query = entityManager.createNativeQuery(sql.toString(), entityType);
    // Within a transaction, flush pending changes to this entity's table only, as JPQL would (a
    // native query otherwise flushes the whole session first).
    query.unwrap(NativeQuery.class).addSynchronizedEntityClass(entityType);
    query.setParameter("sg_keys", keyArray(new LinkedHashSet<>(keys)));
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  /**
   * The SQL condition that {@code column} holds one of the keys bound, with {@link #keyArray}, to
   * the named parameter: the one way a statement matches a list of keys.
   */
  public static String anyOf(String column, String parameter) {
    return column + " = any(cast(:" + parameter + " as bigint[]))";
  }

  /** The keys as the one array parameter of {@link #anyOf}. */
  public static Long[] keyArray(Collection<Long> keys) {
    return keys.toArray(Long[]::new);
  }

  private static String table(Class<?> entityType) {
    Table table = entityType.getAnnotation(Table.class);
    if (table == null || table.name().isEmpty()) {
      throw new IllegalArgumentException(entityType.getName() + " names no table");
    }
    return table.name();
  }
}
