package io.summitgraph.statistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class HumanitarianStatisticRepository
    implements PanacheRepositoryBase<HumanitarianStatisticEntity, Long> {

  private static final String FROM = "humanitarian_statistic h";

  static final SortKey<HumanitarianStatisticEntity> BY_INDICATOR =
      new SortKey<>("indicator", "h.indicator", "text", h -> h.indicator.name());
  // Figures with no period sort last in both directions, hence one key per direction.
  static final SortKey<HumanitarianStatisticEntity> BY_PERIOD =
      new SortKey<>(
          "period",
          "coalesce(h.period_start, 'infinity'::date)",
          "date",
          h -> h.period == null ? "infinity" : h.period.start.toString());
  static final SortKey<HumanitarianStatisticEntity> BY_PERIOD_DESC =
      new SortKey<>(
          "periodDesc",
          "coalesce(h.period_start, '-infinity'::date)",
          "date",
          h -> h.period == null ? "-infinity" : h.period.start.toString());

  public List<HumanitarianStatisticEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), HumanitarianStatisticEntity.class, ids);
  }

  Page<HumanitarianStatisticEntity> page(
      HumanitarianStatisticCriteria criteria,
      Sorting<HumanitarianStatisticOrderField> sorting,
      PageRequest request) {
    Listing<HumanitarianStatisticEntity> listing = listing();
    criteria.applyTo(listing, "h");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      HumanitarianStatisticCriteria criteria,
      Sorting<HumanitarianStatisticOrderField> sorting,
      PageRequest request) {
    Listing<HumanitarianStatisticEntity> listing = new Listing<>(FROM, "h");
    criteria.applyTo(listing, "h");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  /** {@link #pageByCountries} for one country, as SQL for the compiled read path. */
  static PageQuery queryByCountry(String countryId, PageRequest request) {
    return new Listing<>(FROM, "h")
        .query(BY_INDICATOR, false, request, "h.country_id = " + countryId);
  }

  private static SortKey<HumanitarianStatisticEntity> sortKey(
      Sorting<HumanitarianStatisticOrderField> sorting) {
    return switch (sorting.field()) {
      case INDICATOR -> BY_INDICATOR;
      case PERIOD -> sorting.descending() ? BY_PERIOD_DESC : BY_PERIOD;
    };
  }

  /** A page of the statistics about each country, by indicator: one statement for all. */
  public Map<Long, Page<HumanitarianStatisticEntity>> pageByCountries(
      Collection<Long> countryKeys, PageRequest request) {
    return listing()
        .pagePerParent(
            "h.country_id", countryKeys, h -> h.countryKey, BY_INDICATOR, false, request);
  }

  private Listing<HumanitarianStatisticEntity> listing() {
    return new Listing<>(
        getEntityManager(), HumanitarianStatisticEntity.class, FROM, "h", h -> h.id);
  }
}
