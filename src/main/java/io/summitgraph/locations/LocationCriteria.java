package io.summitgraph.locations;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.persistence.NameFilter;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.FactBasis;

/** A {@link LocationFilter} with its IDs decoded, as SQL conditions over the location table. */
record LocationCriteria(
    String name, LocationKind kind, Long countryKey, Long withinKey, FactBasis basis) {

  static final LocationCriteria NONE = new LocationCriteria(null, null, null, null, null);

  static LocationCriteria of(LocationFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new LocationCriteria(
        filter.name(),
        filter.kind(),
        GlobalId.keyOfOptional(filter.country(), Country.TYPE),
        GlobalId.keyOfOptional(filter.within(), Location.TYPE),
        filter.basis());
  }

  /** Adds these conditions to a listing whose location columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (name != null) {
      // Name or alias contains the wanted text across spelling variants (V6, V61).
      listing.where(NameFilter.matches(a, true, "name", name), "name", name);
    }
    if (kind != null) {
      listing.where(a + "kind = :kind", "kind", kind.name());
    }
    if (basis != null) {
      listing.where(basis.condition(a + "id"));
    }
    if (countryKey != null) {
      listing.where(a + "country_id = :country", "country", countryKey);
    }
    if (withinKey != null) {
      listing.where(a + "parent_id = :within", "within", withinKey);
    }
  }
}
