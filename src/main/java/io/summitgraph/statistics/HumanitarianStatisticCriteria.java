package io.summitgraph.statistics;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.countries.Country;
import java.util.List;

/**
 * A {@link HumanitarianStatisticFilter} with its IDs decoded, as SQL conditions over the
 * humanitarian_statistic table.
 */
record HumanitarianStatisticCriteria(
    List<HumanitarianIndicator> indicators, Long countryKey, PopulationGroup populationGroup) {

  static final HumanitarianStatisticCriteria NONE =
      new HumanitarianStatisticCriteria(null, null, null);

  static HumanitarianStatisticCriteria of(HumanitarianStatisticFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new HumanitarianStatisticCriteria(
        filter.indicators(),
        GlobalId.keyOfOptional(filter.country(), Country.TYPE),
        filter.populationGroup());
  }

  /** Adds these conditions to a listing whose statistic columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (indicators != null) {
      if (indicators.isEmpty()) {
        listing.where("false");
      } else {
        listing.where(
            a + "indicator in (:indicators)",
            "indicators",
            indicators.stream().map(Enum::name).toList());
      }
    }
    if (countryKey != null) {
      listing.where(a + "country_id = :country", "country", countryKey);
    }
    if (populationGroup != null) {
      listing.where(a + "population_group = :group", "group", populationGroup.name());
    }
  }
}
