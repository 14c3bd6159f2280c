package io.summitgraph.search;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.graphql.NodeRegistry;
import io.summitgraph.common.paging.Cursor;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

@ApplicationScoped
public class SearchService {

  static final int MAX_QUERY_LENGTH = 500;
  private static final String ORDERING = "rank";

  @Inject SearchRepository repository;
  @Inject NodeRegistry nodes;

  /**
   * Ranked full-text search. The query reads like a web search: words, "quoted phrases", or,
   * -exclusions; case, accents and hyphenation do not matter.
   */
  public Page<SearchResult> search(
      String query, List<SearchKind> kinds, PageRequest request, String after) {
    if (query.isBlank()) {
      throw new BadUserInputException("The search query must not be blank");
    }
    if (query.length() > MAX_QUERY_LENGTH) {
      throw new BadUserInputException(
          "The search query is longer than " + MAX_QUERY_LENGTH + " characters");
    }
    Set<SearchKind> searched =
        kinds == null || kinds.isEmpty() ? EnumSet.allOf(SearchKind.class) : EnumSet.copyOf(kinds);
    Cursor cursor = Cursor.decodeNullable(after);
    Float afterRank = null;
    if (cursor != null) {
      cursor.requireOrdering(ORDERING);
      afterRank = parseRank(cursor.sortValue());
    }
    List<SearchHit> hits =
        repository.search(
            query, searched, afterRank, cursor == null ? null : cursor.id(), request.size() + 1);
    boolean more = hits.size() > request.size();
    List<SearchHit> page = more ? hits.subList(0, request.size()) : hits;
    Map<Long, Node> found = load(page);
    List<SearchResult> results = new ArrayList<>();
    for (SearchHit hit : page) {
      String hitCursor = new Cursor(ORDERING, Float.toString(hit.rank()), hit.key()).encode();
      results.add(new SearchResult(hitCursor, found.get(hit.key()), hit.rank(), hit.snippet()));
    }
    Long total = request.countTotal() ? repository.count(query, searched) : null;
    return new Page<>(
        results, results.stream().map(SearchResult::cursor).toList(), more, cursor != null, total);
  }

  /** One query per node type on the page (keys are unique across types: one id sequence). */
  private Map<Long, Node> load(List<SearchHit> hits) {
    Map<Long, Node> found = new HashMap<>();
    hits.stream()
        .collect(
            Collectors.groupingBy(
                SearchHit::nodeType, Collectors.mapping(SearchHit::key, Collectors.toList())))
        .forEach((type, keys) -> found.putAll(nodes.load(type, keys)));
    return found;
  }

  private static Float parseRank(String value) {
    try {
      return Float.valueOf(value);
    } catch (RuntimeException e) {
      throw new BadUserInputException("Malformed cursor");
    }
  }
}
