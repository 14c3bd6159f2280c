package io.summitgraph.disputes;

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

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<DisputeEntity, Long> {

  static final SortKey<DisputeEntity> BY_ID =
      new SortKey<>("id", "d.id", "bigint", d -> String.valueOf(d.id));

  public List<DisputeEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), DisputeEntity.class, ids);
  }

  /** The order of a fact's disputes: as recorded. */
  static final String FACT_ORDER = "id";

  /** The order of a dispute's claims. */
  static final String CLAIM_ORDER = "position";

  public List<DisputeEntity> findByFacts(Collection<Long> factKeys) {
    return RowsByKey.of(getEntityManager(), DisputeEntity.class, "fact_id")
        .orderBy("fact_id, " + FACT_ORDER)
        .list(factKeys);
  }

  public List<DisputeClaimEntity> claims(Collection<Long> disputeKeys) {
    return RowsByKey.of(getEntityManager(), DisputeClaimEntity.class, "dispute_id")
        .orderBy("dispute_id, " + CLAIM_ORDER)
        .list(disputeKeys);
  }

  public Page<DisputeEntity> page(Boolean resolved, PageRequest request) {
    return filtered(
            new Listing<>(getEntityManager(), DisputeEntity.class, "dispute d", "d", d -> d.id),
            resolved)
        .page(BY_ID, false, request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(Boolean resolved, PageRequest request) {
    return filtered(new Listing<>("dispute d", "d"), resolved).query(BY_ID, false, request, null);
  }

  private static <E> Listing<E> filtered(Listing<E> listing, Boolean resolved) {
    if (resolved != null) {
      listing.where("d.resolved = :resolved", "resolved", resolved);
    }
    return listing;
  }
}
