package io.summitgraph.agreements;

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

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, Long> {

  static final SortKey<AgreementEntity> BY_TITLE =
      new SortKey<>("title", "a.title", "text", a -> a.title);

  public List<AgreementEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), AgreementEntity.class, ids);
  }

  /** The agreements reached at any of these events. */
  List<AgreementEntity> findByEvents(Collection<Long> eventKeys) {
    return RowsByKey.of(getEntityManager(), AgreementEntity.class, "event_id").list(eventKeys);
  }

  Page<AgreementEntity> page(
      AgreementCriteria criteria, Sorting<AgreementOrderField> sorting, PageRequest request) {
    Listing<AgreementEntity> listing =
        new Listing<>(getEntityManager(), AgreementEntity.class, "agreement a", "a", a -> a.id);
    criteria.applyTo(listing, "a");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      AgreementCriteria criteria, Sorting<AgreementOrderField> sorting, PageRequest request) {
    Listing<AgreementEntity> listing = new Listing<>("agreement a", "a");
    criteria.applyTo(listing, "a");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  /**
   * The agreements reached at the event (the row), in recorded order as {@link
   * AgreementService#atEvents} sorts them, for the compiled read path.
   */
  static ListRead listByEvent() {
    return ListRead.of(
        Agreement.TYPE, "agreement a", "a", "a.event_id = " + FieldRead.ROW + ".id", "a.id");
  }

  private static SortKey<AgreementEntity> sortKey(Sorting<AgreementOrderField> sorting) {
    return sorting.field() == AgreementOrderField.TITLE
        ? BY_TITLE
        : bySignedOn(sorting.descending());
  }

  /** Undated agreements come last in both directions, so each direction has its own key. */
  private static SortKey<AgreementEntity> bySignedOn(boolean descending) {
    String missing = descending ? "-infinity" : "infinity";
    return new SortKey<>(
        descending ? "signedOn-desc" : "signedOn",
        "coalesce(a.signed_on, cast('" + missing + "' as date))",
        "date",
        a -> a.signedOn == null ? missing : a.signedOn.start.toString());
  }
}
