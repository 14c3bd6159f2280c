package io.summitgraph.relationships;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;

/**
 * A {@link RelationshipFilter} with its IDs decoded, as SQL conditions over the relationship table.
 */
record RelationshipCriteria(RelationshipCharacter character, Long partyKey) {

  static final RelationshipCriteria NONE = new RelationshipCriteria(null, null);

  /** The filter's criteria; a party ID of another type than a party is refused. */
  static RelationshipCriteria of(RelationshipFilter filter) {
    if (filter == null) {
      return NONE;
    }
    Long partyKey = null;
    if (filter.party() != null) {
      GlobalId party = GlobalId.decode(filter.party());
      if (!RelationshipCuration.PARTY_TYPES.contains(party.type())) {
        throw new BadUserInputException(
            "The party ID is a " + party.type() + ", expected a Person or Country");
      }
      partyKey = party.key();
    }
    return new RelationshipCriteria(filter.character(), partyKey);
  }

  /** Adds these conditions to a listing whose relationship columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (character != null) {
      listing.where(a + "character_kind = :character", "character", character.name());
    }
    if (partyKey != null) {
      // Persons and countries share one key sequence, so the key alone names the party.
      listing.where(
          "exists (select 1 from relationship_party p where p.relationship_id = "
              + a
              + "id and coalesce(p.person_id, p.country_id) = :party)",
          "party",
          partyKey);
    }
  }
}
