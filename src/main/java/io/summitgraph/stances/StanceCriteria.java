package io.summitgraph.stances;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.countries.Country;
import io.summitgraph.events.Event;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import java.util.Set;

/** A {@link StanceFilter} with its IDs decoded, as SQL conditions over the stance table. */
record StanceCriteria(StanceKind kind, GlobalId holder, Long eventKey) {

  static final StanceCriteria NONE = new StanceCriteria(null, null, null);

  private static final Set<String> PARTY_TYPES =
      Set.of(Person.TYPE, Country.TYPE, Organization.TYPE);

  /** The filter's criteria; a holder ID of another type than a party is refused. */
  static StanceCriteria of(StanceFilter filter) {
    if (filter == null) {
      return NONE;
    }
    GlobalId holder = null;
    if (filter.holder() != null) {
      holder = GlobalId.decode(filter.holder());
      if (!PARTY_TYPES.contains(holder.type())) {
        throw new BadUserInputException(
            "The holder ID is a " + holder.type() + ", expected a Person, Country or Organization");
      }
    }
    return new StanceCriteria(
        filter.kind(), holder, GlobalId.keyOfOptional(filter.event(), Event.TYPE));
  }

  /** Adds these conditions to a listing whose stance columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (kind != null) {
      listing.where(a + "kind = :kind", "kind", kind.name());
    }
    if (holder != null) {
      listing.where(
          "exists (select 1 from stance_holder h where h.stance_id = "
              + a
              + "id and h."
              + holderColumn(holder.type())
              + " = :holder)",
          "holder",
          holder.key());
    }
    if (eventKey != null) {
      listing.where(a + "event_id = :event", "event", eventKey);
    }
  }

  private static String holderColumn(String partyType) {
    return switch (partyType) {
      case Country.TYPE -> "country_id";
      case Organization.TYPE -> "organization_id";
      default -> "person_id";
    };
  }
}
