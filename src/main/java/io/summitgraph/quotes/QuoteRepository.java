package io.summitgraph.quotes;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import io.summitgraph.common.time.PartialDate;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

@ApplicationScoped
public class QuoteRepository implements PanacheRepositoryBase<QuoteEntity, Long> {

  static final SortKey<QuoteEntity> BY_DATE = bySaidOn("q", q -> q.saidOn, false);
  static final SortKey<QuoteEntity> BY_DATE_DESC = bySaidOn("q", q -> q.saidOn, true);
  static final SortKey<QuoteEntity> BY_TEXT = new SortKey<>("text", "q.text", "text", q -> q.text);
  static final SortKey<QuoteOutletEntity> OUTLET_BY_DATE = bySaidOn("q", q -> q.saidOn, false);

  /**
   * Date order with undated quotes last in either direction (so one key per direction, each with
   * its own cursor name).
   */
  private static <E> SortKey<E> bySaidOn(
      String alias, Function<E, PartialDate> saidOn, boolean descending) {
    String none = descending ? "-infinity" : "infinity";
    return new SortKey<>(
        descending ? "saidOnDesc" : "saidOn",
        "coalesce(" + alias + ".said_on, '" + none + "'::date)",
        "date",
        q -> saidOn.apply(q) == null ? none : saidOn.apply(q).start.toString());
  }

  public List<QuoteEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), QuoteEntity.class, ids);
  }

  Page<QuoteEntity> page(
      QuoteCriteria criteria, Sorting<QuoteOrderField> sorting, PageRequest request) {
    Listing<QuoteEntity> listing = listing();
    criteria.applyTo(listing, "q");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      QuoteCriteria criteria, Sorting<QuoteOrderField> sorting, PageRequest request) {
    Listing<QuoteEntity> listing = new Listing<>("quote q", "q");
    criteria.applyTo(listing, "q");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  /**
   * The quotes whose {@code parentColumn} (speaker_id, organization_id, occasion_id) is the parent,
   * in date order, as SQL for the compiled read path.
   */
  static PageQuery queryByParent(String parentColumn, String parentId, PageRequest request) {
    return new Listing<>("quote q", "q")
        .query(BY_DATE, false, request, "q." + parentColumn + " = " + parentId);
  }

  private static SortKey<QuoteEntity> sortKey(Sorting<QuoteOrderField> sorting) {
    return switch (sorting.field()) {
      case TEXT -> BY_TEXT;
      case DATE -> sorting.descending() ? BY_DATE_DESC : BY_DATE;
    };
  }

  /** A page of what each person said, in date order: one statement for all. */
  public Map<Long, Page<QuoteEntity>> pageBySpeakers(
      Collection<Long> personKeys, PageRequest request) {
    return listing()
        .pagePerParent("q.speaker_id", personKeys, q -> q.speakerKey, BY_DATE, false, request);
  }

  /** A page of the quotes said for each organization, in date order: one statement for all. */
  public Map<Long, Page<QuoteEntity>> pageByOrganizations(
      Collection<Long> organizationKeys, PageRequest request) {
    return listing()
        .pagePerParent(
            "q.organization_id", organizationKeys, q -> q.organizationKey, BY_DATE, false, request);
  }

  /** A page of the quotes said on each event, in date order: one statement for all. */
  public Map<Long, Page<QuoteEntity>> pageByOccasions(
      Collection<Long> eventKeys, PageRequest request) {
    return listing()
        .pagePerParent("q.occasion_id", eventKeys, q -> q.occasionKey, BY_DATE, false, request);
  }

  /** {@link #pageByOutlets} for one outlet, as SQL for the compiled read path. */
  static PageQuery queryByOutlet(String organizationId, PageRequest request) {
    return new Listing<>("quote_outlet q", "q")
        .query(OUTLET_BY_DATE, false, request, "q.outlet_id = " + organizationId);
  }

  /** A page of the quotes each outlet relayed, in date order: one statement for all. */
  public Map<Long, Page<QuoteOutletEntity>> pageByOutlets(
      Collection<Long> organizationKeys, PageRequest request) {
    return new Listing<QuoteOutletEntity>(
            getEntityManager(), QuoteOutletEntity.class, "quote_outlet q", "q", q -> q.id)
        .pagePerParent(
            "q.outlet_id", organizationKeys, q -> q.outletKey, OUTLET_BY_DATE, false, request);
  }

  /**
   * The reporting chains of these quotes: rows of (quote key, organization key), in chain order per
   * quote. One statement for all.
   */
  public List<Object[]> reportingChains(Collection<Long> quoteKeys) {
    if (quoteKeys.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select v.quote_id, v.organization_id from quote_reported_via v"
                    + " where "
                    + RowsByKey.anyOf("v.quote_id", "quotes")
                    + " order by v.quote_id, v.position")
            .setParameter("quotes", RowsByKey.keyArray(quoteKeys))
            .getResultList();
    return rows;
  }

  private Listing<QuoteEntity> listing() {
    return new Listing<>(getEntityManager(), QuoteEntity.class, "quote q", "q", q -> q.id);
  }
}
