package io.summitgraph.mentions;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Shared by the batched mention connections of every parent type. */
final class MentionConnections {

  static final String FIRST = "Page size (default 20, at most 100).";
  static final String AFTER = "Return mentions after this cursor.";
  static final String MENTIONED_IN =
      "Where the sources name it, whatever the spelling: source by source, in text order.";

  private MentionConnections() {}

  static <P> List<MentionConnection> byParent(
      List<P> parents,
      Function<P, Long> keyOf,
      Map<Long, Page<Mention>> pages,
      PageRequest request) {
    return Batches.byParent(parents, keyOf, pages, Page.<Mention>empty(request)).stream()
        .map(MentionConnection::new)
        .toList();
  }

  static <P> List<MentionConnection> bySubject(
      MentionService mentions,
      MentionSubjectKind kind,
      List<P> parents,
      Function<P, Long> keyOf,
      PageRequest request) {
    return byParent(
        parents, keyOf, mentions.bySubjects(kind, Batches.keys(parents, keyOf), request), request);
  }
}
