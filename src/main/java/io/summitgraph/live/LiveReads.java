package io.summitgraph.live;

import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.graphql.NodeRegistry;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the change feed reads after a change committed: the changed objects, and for filtered
 * subscriptions the sources a fact cites and the objects it is about. One statement per type and
 * question for a whole batch of changes.
 */
@ApplicationScoped
class LiveReads {

  /**
   * The objects a fact is about: itself, and the people, organizations, countries, locations and
   * events it names directly (FactChangeFilter.about). A fact kind whose subjects sit in its own
   * columns or link table adds its line here (CONTRIBUTING.md, "Add a fact type").
   */
  private static final String SUBJECTS =
      """
      select id, id from fact where %1$s
      union all select id, country_id from person where %1$s and country_id is not null
      union all select id, country_id from organization where %1$s and country_id is not null
      union all select id, country_id from location where %1$s and country_id is not null
      union all select id, parent_id from location where %1$s and parent_id is not null
      union all select id, person_id from person_role where %1$s
      union all select id, organization_id from person_role where %1$s and organization_id is not null
      union all select id, country_id from person_role where %1$s and country_id is not null
      union all select id, location_id from event where %1$s and location_id is not null
      union all select id, country_id from event where %1$s and country_id is not null
      union all select event_id, person_id from participation where %2$s
      union all select id, person_id from participation where %1$s
      union all select id, event_id from participation where %1$s
      union all select id, event_id from agreement where %1$s and event_id is not null
      union all select id, announced_by_id from commitment where %1$s and announced_by_id is not null
      union all select commitment_id, coalesce(person_id, country_id, organization_id)
                from commitment_party where %3$s
      union all select commitment_id, location_id from commitment_location where %3$s
      union all select id, issuer_id from sanction where %1$s
      union all select id, target_id from sanction where %1$s
      union all select id, country_id from humanitarian_statistic where %1$s
      union all select id, speaker_id from quote where %1$s and speaker_id is not null
      union all select id, organization_id from quote where %1$s and organization_id is not null
      union all select id, occasion_id from quote where %1$s and occasion_id is not null
      union all select id, event_id from stance where %1$s and event_id is not null
      union all select stance_id, coalesce(person_id, country_id, organization_id)
                from stance_holder where %4$s
      union all select id, event_id from event_relation where %1$s
      union all select id, related_event_id from event_relation where %1$s
      union all select relationship_id, coalesce(person_id, country_id)
                from relationship_party where %5$s
      """
          .formatted(
              RowsByKey.anyOf("id", "keys"),
              RowsByKey.anyOf("event_id", "keys"),
              RowsByKey.anyOf("commitment_id", "keys"),
              RowsByKey.anyOf("stance_id", "keys"),
              RowsByKey.anyOf("relationship_id", "keys"));

  @Inject NodeRegistry nodes;
  @Inject EntityManager entityManager;

  /** The objects of each type by key, as {@code node(id:)} reads them. */
  @Transactional
  @ActivateRequestContext
  Map<String, Map<Long, ? extends Node>> load(Map<String, Set<Long>> keysByType) {
    Map<String, Map<Long, ? extends Node>> loaded = new HashMap<>();
    keysByType.forEach((type, keys) -> loaded.put(type, nodes.load(type, keys)));
    return loaded;
  }

  /** Whether an object of this type has this key (a merged record's key names its survivor). */
  @Transactional
  @ActivateRequestContext
  boolean exists(String type, long key) {
    return nodes.load(type, Set.of(key)).containsKey(key);
  }

  /** The sources each of these facts cites, by fact. */
  @Transactional
  @ActivateRequestContext
  Map<Long, Set<Long>> citedSources(Collection<Long> facts) {
    return pairs(
        "select fact_id, source_id from citation where " + RowsByKey.anyOf("fact_id", "keys"),
        facts);
  }

  /** What each of these facts is about, by fact. */
  @Transactional
  @ActivateRequestContext
  Map<Long, Set<Long>> subjects(Collection<Long> facts) {
    return pairs(SUBJECTS, facts);
  }

  @SuppressWarnings("unchecked")
  private Map<Long, Set<Long>> pairs(String sql, Collection<Long> keys) {
    Map<Long, Set<Long>> pairs = new HashMap<>();
    if (keys.isEmpty()) {
      return pairs;
    }
    List<Object[]> rows =
        entityManager
            .createNativeQuery(sql)
            .setParameter("keys", RowsByKey.keyArray(new HashSet<>(keys)))
            .getResultList();
    for (Object[] row : rows) {
      pairs
          .computeIfAbsent(((Number) row[0]).longValue(), key -> new HashSet<>())
          .add(((Number) row[1]).longValue());
    }
    return pairs;
  }
}
