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
  @Inject Rankings rankings;
  @Inject NodeRegistry nodes;

  /**
   * Ranked full-text search. The query reads like a web search: words, "quoted phrases", or,
   * -exclusions; case, accents and hyphenation do not matter.
   */
  public Page<SearchResult> search(
      String query, List<SearchKind> kinds, PageRequest request, String after, boolean snippets) {
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
    Rankings.Ranking ranking =
        rankings.of(
            new Rankings.Key(query, searched),
            limit -> repository.rank(query, searched, null, null, limit));
    Long afterKey = cursor == null ? null : cursor.id();
    List<RankedMatch> matches = ranking.page(afterRank, afterKey, request.size() + 1);
    boolean fromRanking = matches != null;
    if (matches == null) {
      // Beyond the kept ranking: rank from the position on.
      matches = repository.rank(query, searched, afterRank, afterKey, request.size() + 1);
    }
    boolean more = matches.size() > request.size();
    List<RankedMatch> page = more ? matches.subList(0, request.size()) : matches;
    Map<Long, String> passages =
        !snippets
            ? Map.of()
            : fromRanking && ranking.kept()
                ? keptPassages(query, ranking, page)
                : repository.snippets(query, page);
    Map<Long, Node> found = load(page);
    List<SearchResult> results = new ArrayList<>();
    for (RankedMatch match : page) {
      String matchCursor = new Cursor(ORDERING, Float.toString(match.rank()), match.key()).encode();
      results.add(
          new SearchResult(
              matchCursor, found.get(match.key()), match.rank(), passages.get(match.key())));
    }
    Long total =
        !request.countTotal()
            ? null
            : ranking.complete() ? (long) ranking.best().size() : repository.count(query, searched);
    return new Page<>(
        results, results.stream().map(SearchResult::cursor).toList(), more, cursor != null, total);
  }

  /** The snippets of a page cut from a kept ranking: those it holds, and the others cut now. */
  private Map<Long, String> keptPassages(
      String query, Rankings.Ranking ranking, List<RankedMatch> page) {
    List<RankedMatch> missing =
        page.stream().filter(match -> !ranking.snippets().containsKey(match.key())).toList();
    if (!missing.isEmpty()) {
      repository
          .snippets(query, missing)
          .forEach(
              (key, snippet) -> {
                if (snippet != null) {
                  ranking.snippets().put(key, snippet);
                }
              });
    }
    return ranking.snippets();
  }

  /** One query per node type on the page (keys are unique across types: one id sequence). */
  private Map<Long, Node> load(List<RankedMatch> matches) {
    Map<Long, Node> found = new HashMap<>();
    matches.stream()
        .collect(
            Collectors.groupingBy(
                match -> match.kind().nodeType,
                Collectors.mapping(RankedMatch::key, Collectors.toList())))
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
