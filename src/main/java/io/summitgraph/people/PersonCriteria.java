package io.summitgraph.people;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.persistence.NameFilter;
import io.summitgraph.countries.Country;
import io.summitgraph.organizations.Organization;

/** A {@link PersonFilter} with its IDs decoded, as SQL conditions over the person table. */
record PersonCriteria(String name, Long countryKey, Long organizationKey) {

  static final PersonCriteria NONE = new PersonCriteria(null, null, null);

  static PersonCriteria of(PersonFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new PersonCriteria(
        filter.name(),
        GlobalId.keyOfOptional(filter.country(), Country.TYPE),
        GlobalId.keyOfOptional(filter.organization(), Organization.TYPE));
  }

  /** Adds these conditions to a listing whose person columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (name != null) {
      // Name or alias contains the wanted text across spelling variants (V6, V61).
      listing.where(NameFilter.matches(a, true, "name", name), "name", name);
    }
    if (countryKey != null) {
      listing.where(a + "country_id = :country", "country", countryKey);
    }
    if (organizationKey != null) {
      listing.where(
          "exists (select 1 from person_role r where r.person_id = "
              + a
              + "id and r.organization_id = :organization)",
          "organization",
          organizationKey);
    }
  }
}
