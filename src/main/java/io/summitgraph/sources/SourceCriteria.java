package io.summitgraph.sources;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.people.Person;

/** A {@link SourceFilter} with its IDs decoded, as SQL conditions over the source table. */
record SourceCriteria(String title, Long authorKey) {

  static final SourceCriteria NONE = new SourceCriteria(null, null);

  static SourceCriteria of(SourceFilter filter) {
    if (filter == null) {
      return NONE;
    }
    return new SourceCriteria(filter.title(), GlobalId.keyOfOptional(filter.author(), Person.TYPE));
  }

  /** Adds these conditions to a listing whose source columns are under {@code alias}. */
  void applyTo(Listing<?> listing, String alias) {
    String a = alias + ".";
    if (title != null) {
      listing.where("strpos(lower(" + a + "title), lower(:title)) > 0", "title", title);
    }
    if (authorKey != null) {
      listing.where(a + "author_id = :author", "author", authorKey);
    }
  }
}
