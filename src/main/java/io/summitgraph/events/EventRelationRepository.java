package io.summitgraph.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import org.hibernate.query.NativeQuery;

@ApplicationScoped
public class EventRelationRepository implements PanacheRepositoryBase<EventRelationEntity, Long> {

  public List<EventRelationEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), EventRelationEntity.class, ids);
  }

  /**
   * The relations that join any of these events, on either side, in recorded order; only of these
   * kinds when given. One statement.
   */
  @SuppressWarnings("unchecked")
  public List<EventRelationEntity> findByEvents(
      Collection<Long> eventKeys, List<EventRelationKind> kinds) {
    if (eventKeys.isEmpty() || kinds != null && kinds.isEmpty()) {
      return List.of();
    }
    String sql =
        "select * from event_relation where ("
            + RowsByKey.anyOf("event_id", "keys")
            + " or "
            + RowsByKey.anyOf("related_event_id", "keys")
            + ")"
            + (kinds == null ? "" : " and kind = any(cast(:kinds as text[]))")
            + " order by id";
    Query query = getEntityManager().createNativeQuery(sql, EventRelationEntity.class);
    query.unwrap(NativeQuery.class).addSynchronizedEntityClass(EventRelationEntity.class);
    query.setParameter("keys", RowsByKey.keyArray(new LinkedHashSet<>(eventKeys)));
    if (kinds != null) {
      query.setParameter("kinds", kinds.stream().map(Enum::name).toArray(String[]::new));
    }
    return query.getResultList();
  }
}
