package io.summitgraph.organizations;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.persistence.NameFilter;
import io.summitgraph.countries.Country;

/**
 * An {@link OrganizationFilter} with its IDs decoded, as SQL conditions over the organization
 * table.
 */
record OrganizationCriteria(String name, OrganizationKind kind, Long countryKey) {

  static final OrganizationCriteria NONE = new OrganizationCriteria(null, null, null);

  static OrganizationCriteria of(OrganizationFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new OrganizationCriteria(
        filter.name(), filter.kind(), GlobalId.keyOfOptional(filter.country(), Country.TYPE));
  }

  /** Adds these conditions to a listing whose organization columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (name != null) {
      // Name or alias contains the wanted text across spelling variants (V6, V61).
      listing.where(NameFilter.matches(a, true, "name", name), "name", name);
    }
    if (kind != null) {
      listing.where(a + "kind = :kind", "kind", kind.name());
    }
    if (countryKey != null) {
      listing.where(a + "country_id = :country", "country", countryKey);
    }
  }
}
