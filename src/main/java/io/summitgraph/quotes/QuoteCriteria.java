package io.summitgraph.quotes;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.events.Event;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import io.summitgraph.sources.Source;

/** A {@link QuoteFilter} with its IDs decoded, as SQL conditions over the quote table. */
record QuoteCriteria(
    Long speakerKey, Long organizationKey, Long sourceKey, Long occasionKey, String text) {

  static final QuoteCriteria NONE = new QuoteCriteria(null, null, null, null, null);

  /** Typographic quotes and hyphens, and the plain characters a text filter matches them with. */
  private static final String FOLD_FROM = "\u2018\u2019\u201C\u201D\u2010\u2011";

  private static final String FOLD_TO = "''\"\"--";

  static QuoteCriteria of(QuoteFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new QuoteCriteria(
        GlobalId.keyOfOptional(filter.speaker(), Person.TYPE),
        GlobalId.keyOfOptional(filter.organization(), Organization.TYPE),
        GlobalId.keyOfOptional(filter.source(), Source.TYPE),
        GlobalId.keyOfOptional(filter.occasion(), Event.TYPE),
        filter.text());
  }

  /** Adds these conditions to a listing whose quote columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (speakerKey != null) {
      listing.where(a + "speaker_id = :speaker", "speaker", speakerKey);
    }
    if (organizationKey != null) {
      listing.where(a + "organization_id = :organization", "organization", organizationKey);
    }
    if (occasionKey != null) {
      listing.where(a + "occasion_id = :occasion", "occasion", occasionKey);
    }
    if (sourceKey != null) {
      listing.where(
          "exists (select 1 from citation c where c.fact_id = "
              + a
              + "id and c.source_id = :source)",
          "source",
          sourceKey);
    }
    if (text != null) {
      // strpos, not like: the words are data, so % and _ stay plain characters.
      listing.where(
          "strpos(translate(lower("
              + a
              + "text), :foldFrom, :foldTo), translate(lower(:text), :foldFrom, :foldTo)) > 0",
          "text",
          text,
          "foldFrom",
          FOLD_FROM,
          "foldTo",
          FOLD_TO);
    }
  }
}
