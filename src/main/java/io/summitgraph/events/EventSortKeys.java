package io.summitgraph.events;

import io.summitgraph.common.paging.SortKey;

/**
 * The orderings of event listings, for either row type that carries an event's columns. Rows
 * without a value (undated events, events that are not summits) come last in both directions, so
 * each direction has its own key (and its own cursors).
 */
final class EventSortKeys {

  private static final String LAST_INTEGER = String.valueOf(Integer.MAX_VALUE);

  private EventSortKeys() {}

  static <E extends EventColumns> SortKey<E> of(
      EventOrderField field, boolean descending, String alias) {
    String a = alias + ".";
    return switch (field) {
      case DATE -> {
        String missing = descending ? "-infinity" : "infinity";
        yield new SortKey<>(
            descending ? "date-desc" : "date",
            "coalesce(" + a + "starts_on, cast('" + missing + "' as date))",
            "date",
            row -> row.date == null ? missing : row.date.start.toString());
      }
      case NAME -> new SortKey<>("name", a + "name", "text", row -> row.name);
      case SUMMIT_SEQUENCE -> {
        String missing = descending ? "0" : LAST_INTEGER;
        yield new SortKey<>(
            descending ? "summitSequence-desc" : "summitSequence",
            "coalesce(" + a + "summit_sequence, " + missing + ")",
            "integer",
            row -> row.summitSequence == null ? missing : String.valueOf(row.summitSequence));
      }
    };
  }
}
