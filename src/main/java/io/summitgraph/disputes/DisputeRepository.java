package io.summitgraph.disputes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class DisputeRepository implements PanacheRepositoryBase<DisputeEntity, Long> {

  static final SortKey<DisputeEntity> BY_ID =
      new SortKey<>("id", "d.id", "bigint", d -> String.valueOf(d.id));

  public List<DisputeEntity> findByIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }

  public List<DisputeEntity> findByFacts(Collection<Long> factKeys) {
    return factKeys.isEmpty() ? List.of() : list("factKey in ?1 order by factKey, id", factKeys);
  }

  public List<DisputeClaimEntity> claims(Collection<Long> disputeKeys) {
    return disputeKeys.isEmpty()
        ? List.of()
        : getEntityManager()
            .createQuery(
                "from DisputeClaimEntity where id.disputeKey in ?1 order by id.disputeKey, id.position",
                DisputeClaimEntity.class)
            .setParameter(1, disputeKeys)
            .getResultList();
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
