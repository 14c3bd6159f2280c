package io.summitgraph.stances;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class StanceRepository implements PanacheRepositoryBase<StanceEntity, Long> {

  private static final String FROM = "stance s";
  private static final String HOLDING_FROM = "stance_holding s";

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
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      StanceCriteria criteria, Sorting<StanceOrderField> sorting, PageRequest request) {
    Listing<StanceEntity> listing = new Listing<>(FROM, "s");
    criteria.applyTo(listing, "s");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  /** {@link #pageByHolders} for one party, as SQL for the compiled read path. */
  static PageQuery queryByHolder(String partyId, PageRequest request) {
    return new Listing<>(HOLDING_FROM, "s")
        .query(HOLDING_BY_KIND, false, request, "s.party_id = " + partyId);
  }

  /**
   * {@link #pageByEvents} and {@link #pageByAgreements} for one parent, {@code parentColumn} being
   * event_id or agreement_id, as SQL for the compiled read path.
   */
  static PageQuery queryByParent(String parentColumn, String parentId, PageRequest request) {
    return new Listing<>(FROM, "s")
        .query(BY_KIND, false, request, "s." + parentColumn + " = " + parentId);
  }

  /**
   * {@link #holders} for one stance (the row), in holder order, for the compiled read path: the
   * holder rows, each naming its party's type ({@link #HOLDER_TYPE}) and key ({@link #HOLDER_KEY}).
   */
  static ListRead listHolders() {
    return ListRead.of(
        "Party", "stance_holder h", "h", "h.stance_id = " + FieldRead.ROW + ".id", "h.position");
  }

  /** The GraphQL type of a stance_holder row's party, as SQL. */
  static final String HOLDER_TYPE =
      "(case when {row}.person_id is not null then 'Person'"
          + " when {row}.country_id is not null then 'Country' else 'Organization' end)";

  /** The key of a stance_holder row's party, as SQL. */
  static final String HOLDER_KEY =
      "coalesce({row}.person_id, {row}.country_id, {row}.organization_id)";

  private static SortKey<StanceEntity> sortKey(Sorting<StanceOrderField> sorting) {
    return sorting.field() == StanceOrderField.DESCRIPTION ? BY_DESCRIPTION : BY_KIND;
  }

  /** A page of the stances each party holds, by kind: one statement for all. */
  public Map<Long, Page<StanceHoldingEntity>> pageByHolders(
      Collection<Long> partyKeys, PageRequest request) {
    return new Listing<StanceHoldingEntity>(
            getEntityManager(), StanceHoldingEntity.class, HOLDING_FROM, "s", s -> s.id)
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
    return new Listing<>(getEntityManager(), StanceEntity.class, FROM, "s", s -> s.id);
  }
}
