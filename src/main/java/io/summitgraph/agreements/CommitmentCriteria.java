package io.summitgraph.agreements;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.facts.FactBasis;
import io.summitgraph.locations.Location;

/** A {@link CommitmentFilter} with its IDs decoded, as SQL conditions over the commitment table. */
record CommitmentCriteria(
    CommitmentStatus status,
    CommitmentKind kind,
    PartyKind partyKind,
    Long partyKey,
    Long locationKey,
    FactBasis basis) {

  static final CommitmentCriteria NONE = new CommitmentCriteria(null, null, null, null, null, null);

  /** The filter's criteria; a party ID of another type than a party is refused. */
  static CommitmentCriteria of(CommitmentFilter filter) {
    if (filter == null) {
      return NONE;
    }
    GlobalId party = filter.party() == null ? null : GlobalId.decode(filter.party());
    return new CommitmentCriteria(
        filter.status(),
        filter.kind(),
        party == null ? null : PartyKind.of(party),
        party == null ? null : party.key(),
        GlobalId.keyOfOptional(filter.location(), Location.TYPE),
        filter.basis());
  }

  /** Adds these conditions to a listing whose commitment columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (status != null) {
      listing.where(a + "status = :status", "status", status.name());
    }
    if (kind != null) {
      listing.where(a + "kind = :kind", "kind", kind.name());
    }
    if (partyKey != null) {
      listing.where(
          "exists (select 1 from commitment_party cp where cp.commitment_id = "
              + a
              + "id and cp."
              + partyKind.column
              + " = :party)",
          "party",
          partyKey);
    }
    if (locationKey != null) {
      listing.where(
          "exists (select 1 from commitment_location cl where cl.commitment_id = "
              + a
              + "id and cl.location_id in ("
              + CommitmentRepository.INSIDE
              + "select id from inside))",
          "locations",
          new Long[] {locationKey});
    }
    if (basis != null) {
      listing.where(basis.condition(a + "id"));
    }
  }
}
