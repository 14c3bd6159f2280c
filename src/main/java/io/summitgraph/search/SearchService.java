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
    Plan plan = plan(query, kinds, request, after);
    RankedPage page = page(plan, snippets);
    Map<Long, Node> found = load(page.matches());
    List<SearchResult> results = new ArrayList<>();
    for (int i = 0; i < page.matches().size(); i++) {
      RankedMatch match = page.matches().get(i);
      results.add(
          new SearchResult(
              page.cursors().get(i),
              found.get(match.key()),
              match.rank(),
              page.snippets().get(match.key())));
    }
    Long total =
        !request.countTotal()
            ? null
            : page.total() != null ? page.total() : repository.count(query, plan.kinds());
    return new Page<>(results, page.cursors(), page.more(), plan.after() != null, total);
  }

  /**
   * A search whose input is checked, not run yet: {@link #page} ranks it.
   *
   * @param afterRank the rank of the cursor {@code after}, or null
   */
  record Plan(
      String query, Set<SearchKind> kinds, PageRequest request, Cursor after, Float afterRank) {}

  /**
   * A page of matches, best first, with their cursors and, when asked, their snippets by key.
   *
   * @param more whether matches follow the page
   * @param total the number of matches when the ranking holds them all, else null
   */
  record RankedPage(
      List<RankedMatch> matches,
      List<String> cursors,
      Map<Long, String> snippets,
      boolean more,
      Long total) {}

  /** Checks a search's input (bad input throws); reads nothing. */
  Plan plan(String query, List<SearchKind> kinds, PageRequest request, String after) {
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
    return new Plan(query, searched, request, cursor, afterRank);
  }

  /**
   * The page a search asks for: cut from its kept ranking, or ranked (may read the database, and
   * wait for another request ranking the same search: never on the event loop).
   */
  RankedPage page(Plan plan, boolean snippets) {
    String query = plan.query();
    Set<SearchKind> searched = plan.kinds();
    PageRequest request = plan.request();
    Rankings.Ranking ranking =
        rankings.of(
            new Rankings.Key(query, searched),
            limit -> repository.rank(query, searched, null, null, limit));
    Float afterRank = plan.afterRank();
    Long afterKey = plan.after() == null ? null : plan.after().id();
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
    List<String> cursors =
        page.stream()
            .map(match -> new Cursor(ORDERING, Float.toString(match.rank()), match.key()).encode())
            .toList();
    Long total = ranking.complete() ? (long) ranking.best().size() : null;
    return new RankedPage(page, cursors, passages, more, total);
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
