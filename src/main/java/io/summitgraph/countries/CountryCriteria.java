package io.summitgraph.countries;

import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.persistence.NameFilter;
import java.util.List;

/** A {@link CountryFilter} as SQL conditions over the country table. */
record CountryCriteria(String name, List<String> isoCodes) {

  static final CountryCriteria NONE = new CountryCriteria(null, null);

  static CountryCriteria of(CountryFilter filter) {
    return filter == null ? NONE : new CountryCriteria(filter.name(), filter.isoCodes());
  }

  /** Adds these conditions to a listing whose country columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    // An empty list of codes sets no condition.
    if (isoCodes != null && !isoCodes.isEmpty()) {
      listing.where(a + "iso_code in (:isoCodes)", "isoCodes", isoCodes);
    }
    if (name != null) {
      listing.where(NameFilter.matches(a, true, "name", name), "name", name);
    }
  }
}
