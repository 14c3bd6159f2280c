package io.summitgraph.events;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.persistence.NameFilter;
import io.summitgraph.facts.FactBasis;
import java.time.LocalDate;
import java.util.List;

/**
 * An {@link EventFilter} with its IDs decoded and its range checked, as SQL conditions over any
 * listing whose rows carry the event table's columns.
 */
record EventCriteria(
    List<EventKind> kinds,
    EventKind requiredKind,
    EventStatus status,
    LocalDate from,
    LocalDate to,
    Long locationKey,
    Long countryKey,
    Long participantKey,
    String name,
    FactBasis basis) {

  static final EventCriteria NONE =
      new EventCriteria(null, null, null, null, null, null, null, null, null, null);

  /**
   * The last day an event's date allows: its end date if it has one, else its start date, widened
   * to the end of the month or year at MONTH or YEAR precision.
   */
  static String latestDay(String alias) {
    String day = "coalesce(" + alias + ".ends_on, " + alias + ".starts_on)";
    return "(case coalesce("
        + alias
        + ".end_precision, "
        + alias
        + ".start_precision) when 'YEAR' then cast(date_trunc('year', "
        + day
        + ") + interval '1 year - 1 day' as date) when 'MONTH' then cast(date_trunc('month', "
        + day
        + ") + interval '1 month - 1 day' as date) else "
        + day
        + " end)";
  }

  static EventCriteria of(EventFilter filter) {
    if (filter == null) {
      return NONE;
    }
    if (filter.from() != null && filter.to() != null && filter.from().isAfter(filter.to())) {
      throw new BadUserInputException(
          "The date range is empty: from " + filter.from() + " is after to " + filter.to());
    }
    return new EventCriteria(
        filter.kinds(),
        null,
        filter.status(),
        filter.from(),
        filter.to(),
        GlobalId.keyOfOptional(filter.location(), "Location"),
        GlobalId.keyOfOptional(filter.country(), "Country"),
        GlobalId.keyOfOptional(filter.participant(), "Person"),
        filter.name(),
        filter.basis());
  }

  EventCriteria requiring(EventKind kind) {
    return new EventCriteria(
        kinds, kind, status, from, to, locationKey, countryKey, participantKey, name, basis);
  }

  /** Adds these conditions to a listing whose event columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (kinds != null) {
      if (kinds.isEmpty()) {
        listing.where("false");
      } else {
        listing.where(
            a + "kind in (:kinds)", "kinds", kinds.stream().map(EventKind::name).toList());
      }
    }
    if (requiredKind != null) {
      listing.where(a + "kind = :requiredKind", "requiredKind", requiredKind.name());
    }
    if (status != null) {
      listing.where(a + "status = :status", "status", status.name());
    }
    if (from != null) {
      listing.where(
          a + "starts_on is not null and " + latestDay(alias) + " >= :from", "from", from);
    }
    if (to != null) {
      listing.where(a + "starts_on <= :to", "to", to);
    }
    if (locationKey != null) {
      listing.where(
          a
              + "location_id in (with recursive inside(id) as (select cast(:location as bigint) union"
              + " select l.id from location l join inside i on l.parent_id = i.id) select id from inside)",
          "location",
          locationKey);
    }
    if (countryKey != null) {
      listing.where(
          "("
              + a
              + "country_id = :country or "
              + a
              + "location_id in (select l.id from location l where l.country_id = :country))",
          "country",
          countryKey);
    }
    if (participantKey != null) {
      listing.where(
          "exists (select 1 from participation pa where pa.event_id = "
              + a
              + "id and pa.person_id = :participant)",
          "participant",
          participantKey);
    }
    if (name != null) {
      // Events have no aliases; sg_names_match is every name filter's definition (V6, V61).
      listing.where(NameFilter.matches(a, false, "name", name), "name", name);
    }
    if (basis != null) {
      listing.where(basis.condition(a + "id"));
    }
  }
}
