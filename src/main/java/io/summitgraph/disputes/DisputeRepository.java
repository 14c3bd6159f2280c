package io.summitgraph.disputes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<DisputeEntity, Long> {

  static final SortKey<DisputeEntity> BY_ID =
      new SortKey<>("id", "d.id", "bigint", d -> String.valueOf(d.id));

  public List<DisputeEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), DisputeEntity.class, ids);
  }

  public List<DisputeEntity> findByFacts(Collection<Long> factKeys) {
    return RowsByKey.of(getEntityManager(), DisputeEntity.class, "fact_id")
        .orderBy("fact_id, id")
        .list(factKeys);
  }

  public List<DisputeClaimEntity> claims(Collection<Long> disputeKeys) {
    return RowsByKey.of(getEntityManager(), DisputeClaimEntity.class, "dispute_id")
        .orderBy("dispute_id, position")
        .list(disputeKeys);
  }

  public Page<DisputeEntity> page(Boolean resolved, PageRequest request) {
    Listing<DisputeEntity> listing =
        new Listing<>(getEntityManager(), DisputeEntity.class, "dispute d", "d", d -> d.id);
    if (resolved != null) {
      listing.where("d.resolved = :resolved", "resolved", resolved);
    }
    return listing.page(BY_ID, false, request);
  }
}
