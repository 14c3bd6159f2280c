package io.summitgraph.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class ParticipationRepository implements PanacheRepositoryBase<ParticipationEntity, Long> {

  /** Participants in the order they were recorded, which is the order the sources name them. */
  static final SortKey<ParticipationEntity> RECORDED =
      new SortKey<>("recorded", "pa.id", "bigint", pa -> String.valueOf(pa.id));

  public List<ParticipationEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), ParticipationEntity.class, ids);
  }

  /** {@link #pageByEvent} for one event, as SQL for the compiled read path. */
  static PageQuery queryByEvent(String eventId, PageRequest request) {
    return new Listing<>("participation pa", "pa")
        .query(RECORDED, false, request, "pa.event_id = " + eventId);
  }

  /** A page of participations per event, in recorded order. */
  Map<Long, Page<ParticipationEntity>> pageByEvent(
      Collection<Long> eventKeys, PageRequest request) {
    Listing<ParticipationEntity> listing =
        new Listing<>(
            getEntityManager(), ParticipationEntity.class, "participation pa", "pa", pa -> pa.id);
    return listing.pagePerParent(
        "pa.event_id", eventKeys, pa -> pa.eventKey, RECORDED, false, request);
  }
}
