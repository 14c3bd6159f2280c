package io.summitgraph.stances;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class StanceRepository implements PanacheRepositoryBase<StanceEntity, Long> {

  static final SortKey<StanceEntity> BY_KIND =
      new SortKey<>("kind", "s.kind", "text", s -> s.kind.name());
  static final SortKey<StanceEntity> BY_DESCRIPTION =
      new SortKey<>("description", "s.description", "text", s -> s.description);
  static final SortKey<StanceHoldingEntity> HOLDING_BY_KIND =
      new SortKey<>("kind", "s.kind", "text", s -> s.kind.name());

  public List<StanceEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), StanceEntity.class, ids);
  }

  Page<StanceEntity> page(
      StanceCriteria criteria, Sorting<StanceOrderField> sorting, PageRequest request) {
    Listing<StanceEntity> listing = listing();
    criteria.applyTo(listing, "s");
    SortKey<StanceEntity> sort =
        sorting.field() == StanceOrderField.DESCRIPTION ? BY_DESCRIPTION : BY_KIND;
    return listing.page(sort, sorting.descending(), request);
  }

  /** A page of the stances each party holds, by kind: one statement for all. */
  public Map<Long, Page<StanceHoldingEntity>> pageByHolders(
      Collection<Long> partyKeys, PageRequest request) {
    return new Listing<StanceHoldingEntity>(
            getEntityManager(), StanceHoldingEntity.class, "stance_holding s", "s", s -> s.id)
        .pagePerParent("s.party_id", partyKeys, s -> s.partyKey, HOLDING_BY_KIND, false, request);
  }

  /** A page of the stances about each event, by kind: one statement for all. */
  public Map<Long, Page<StanceEntity>> pageByEvents(
      Collection<Long> eventKeys, PageRequest request) {
    return listing()
        .pagePerParent("s.event_id", eventKeys, s -> s.eventKey, BY_KIND, false, request);
  }

  /** A page of the stances about each agreement, by kind: one statement for all. */
  public Map<Long, Page<StanceEntity>> pageByAgreements(
      Collection<Long> agreementKeys, PageRequest request) {
    return listing()
        .pagePerParent(
            "s.agreement_id", agreementKeys, s -> s.agreementKey, BY_KIND, false, request);
  }

  /**
   * The holders of these stances: rows of (stance key, person key, country key, organization key),
   * exactly one of the last three set, in holder order per stance. One statement for all.
   */
  public List<Object[]> holders(Collection<Long> stanceKeys) {
    if (stanceKeys.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select h.stance_id, h.person_id, h.country_id, h.organization_id"
                    + " from stance_holder h where "
                    + RowsByKey.anyOf("h.stance_id", "stances")
                    + " order by h.stance_id, h.position")
            .setParameter("stances", RowsByKey.keyArray(stanceKeys))
            .getResultList();
    return rows;
  }

  private Listing<StanceEntity> listing() {
    return new Listing<>(getEntityManager(), StanceEntity.class, "stance s", "s", s -> s.id);
  }
}
