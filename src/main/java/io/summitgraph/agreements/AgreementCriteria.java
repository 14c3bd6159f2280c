package io.summitgraph.agreements;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.events.Event;

/** An {@link AgreementFilter} with its IDs decoded, as SQL conditions over the agreement table. */
record AgreementCriteria(String title, Long eventKey) {

  static final AgreementCriteria NONE = new AgreementCriteria(null, null);

  static AgreementCriteria of(AgreementFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new AgreementCriteria(
        filter.title(), GlobalId.keyOfOptional(filter.event(), Event.TYPE));
  }

  /** Adds these conditions to a listing whose agreement columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (title != null) {
      // Agreements have no aliases; sg_names_match is every name filter's definition (V6).
      listing.where("sg_names_match(" + a + "title, cast('{}' as text[]), :title)", "title", title);
    }
    if (eventKey != null) {
      listing.where(a + "event_id = :event", "event", eventKey);
    }
  }
}
