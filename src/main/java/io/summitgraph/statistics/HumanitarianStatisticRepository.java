package io.summitgraph.statistics;

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
public class HumanitarianStatisticRepository
    implements PanacheRepositoryBase<HumanitarianStatisticEntity, Long> {

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
    SortKey<HumanitarianStatisticEntity> sort =
        switch (sorting.field()) {
          case INDICATOR -> BY_INDICATOR;
          case PERIOD -> sorting.descending() ? BY_PERIOD_DESC : BY_PERIOD;
        };
    return listing.page(sort, sorting.descending(), request);
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
        getEntityManager(),
        HumanitarianStatisticEntity.class,
        "humanitarian_statistic h",
        "h",
        h -> h.id);
  }
}
