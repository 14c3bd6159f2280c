package io.summitgraph.common.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code fact} registry table: what kind each fact is, its current version, who created and
 * last changed it and when (kept by triggers, see V8), and the redirects of merged records.
 */
@ApplicationScoped
public class FactRegistry {

  /** A fact's registry entry. */
  public record Entry(
      long key,
      long version,
      OffsetDateTime createdAt,
      String createdBy,
      OffsetDateTime updatedAt,
      String updatedBy) {}

  @Inject EntityManager entityManager;

  /** The registry entries of these facts, by key; unknown keys are absent. One query. */
  public Map<Long, Entry> entries(Collection<Long> keys) {
    Map<Long, Entry> entries = new HashMap<>();
    if (keys.isEmpty()) {
      return entries;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select id, version, created_at, created_by, updated_at, updated_by from fact"
                    + " where "
                    + RowsByKey.anyOf("id", "keys"))
            .setParameter("keys", RowsByKey.keyArray(keys))
            .getResultList();
    for (Object[] row : rows) {
      long key = ((Number) row[0]).longValue();
      entries.put(
          key,
          new Entry(
              key,
              ((Number) row[1]).longValue(),
              toOffset(row[2]),
              (String) row[3],
              toOffset(row[4]),
              (String) row[5]));
    }
    return entries;
  }

  /** For keys of merged records, the record that absorbed each one, by old key. One query. */
  public Map<Long, Long> survivors(Collection<Long> oldKeys, String kind) {
    Map<Long, Long> survivors = new HashMap<>();
    if (oldKeys.isEmpty()) {
      return survivors;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        entityManager
            .createNativeQuery(
                "select old_id, survivor_id from fact_redirect"
                    + " where "
                    + RowsByKey.anyOf("old_id", "keys")
                    + " and kind = :kind")
            .setParameter("keys", RowsByKey.keyArray(oldKeys))
            .setParameter("kind", kind)
            .getResultList();
    rows.forEach(
        row -> survivors.put(((Number) row[0]).longValue(), ((Number) row[1]).longValue()));
    return survivors;
  }

  /**
   * The key this one stands for now among facts of this kind: itself if it exists, its survivor if
   * it was merged, or null.
   */
  public Long current(long key, String kind) {
    @SuppressWarnings("unchecked")
    List<Number> found =
        entityManager
            .createNativeQuery(
                "select id from fact where id = :key and kind = :kind"
                    + " union all select survivor_id from fact_redirect where old_id = :key and kind = :kind")
            .setParameter("key", key)
            .setParameter("kind", kind)
            .getResultList();
    return found.isEmpty() ? null : found.get(0).longValue();
  }

  /** Whether a row with this key exists in this table (for records that are not facts). */
  public boolean exists(String table, long key) {
    return !entityManager
        .createNativeQuery("select 1 from " + table + " where id = :key")
        .setParameter("key", key)
        .getResultList()
        .isEmpty();
  }

  /**
   * The registry's kind (its table name) for a GraphQL type name: HumanitarianStatistic →
   * humanitarian_statistic.
   */
  public static String kindOf(String type) {
    return type.replaceAll("([a-z])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
  }

  private static OffsetDateTime toOffset(Object value) {
    if (value instanceof OffsetDateTime offset) {
      return offset;
    }
    if (value instanceof java.time.Instant instant) {
      return instant.atOffset(java.time.ZoneOffset.UTC);
    }
    if (value instanceof java.sql.Timestamp timestamp) {
      return timestamp.toInstant().atOffset(java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("Unexpected timestamp type " + value.getClass());
  }
}
