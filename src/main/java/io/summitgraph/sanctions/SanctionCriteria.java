package io.summitgraph.sanctions;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.countries.Country;
import java.util.List;

/** A {@link SanctionFilter} with its IDs decoded, as SQL conditions over the sanction table. */
record SanctionCriteria(
    Long issuerKey, Long targetKey, List<SanctionSector> sectors, SanctionStatus status) {

  static final SanctionCriteria NONE = new SanctionCriteria(null, null, null, null);

  static SanctionCriteria of(SanctionFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new SanctionCriteria(
        GlobalId.keyOfOptional(filter.issuer(), Country.TYPE),
        GlobalId.keyOfOptional(filter.target(), Country.TYPE),
        filter.sectors(),
        filter.status());
  }

  /** Adds these conditions to a listing whose sanction columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (issuerKey != null) {
      listing.where(a + "issuer_id = :issuer", "issuer", issuerKey);
    }
    if (targetKey != null) {
      listing.where(a + "target_id = :target", "target", targetKey);
    }
    if (sectors != null) {
      if (sectors.isEmpty()) {
        listing.where("false");
      } else {
        listing.where(
            a + "sector in (:sectors)", "sectors", sectors.stream().map(Enum::name).toList());
      }
    }
    if (status != null) {
      listing.where(a + "status = :status", "status", status.name());
    }
  }
}
