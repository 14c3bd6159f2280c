package io.summitgraph.search;

import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * PostgreSQL full-text search over every searchable table at once. Each table stores its document
 * in a GIN-indexed generated column, {@code search_document} (V60), so matching reads the index and
 * ranking reads the stored value: no text is parsed per request. Snippets are cut for the page's
 * rows only, in a statement of their own once the page is chosen (from a kept ranking, often: see
 * {@link Rankings}).
 */
@ApplicationScoped
class SearchRepository {

  private static final String NAMES_BODY =
      "t.name || coalesce(' (' || nullif(array_to_string(t.aliases, ', '), '') || ')', '')";

  /** Per kind: its table and the text a snippet is cut from. */
  private static final Map<SearchKind, String[]> DOCUMENTS =
      Map.of(
          SearchKind.PERSON, new String[] {"person", NAMES_BODY},
          SearchKind.ORGANIZATION, new String[] {"organization", NAMES_BODY},
          SearchKind.COUNTRY, new String[] {"country", NAMES_BODY},
          SearchKind.LOCATION, new String[] {"location", NAMES_BODY},
          SearchKind.EVENT, new String[] {"event", "t.name || '. ' || coalesce(t.description, '')"},
          SearchKind.QUOTE, new String[] {"quote", "t.text"},
          SearchKind.SOURCE, new String[] {"source", "t.title || ' — ' || t.text"});

  private static final String HEADLINE_OPTIONS =
      "StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12, MaxFragments=2, FragmentDelimiter=\" … \"";

  @Inject EntityManager entityManager;

  /**
   * Up to {@code limit} matches after the keyset position, best first (rank descending, then key),
   * ranked from the stored documents only.
   */
  List<RankedMatch> rank(
      String query, Collection<SearchKind> kinds, Float afterRank, Long afterKey, int limit) {
    String sql =
        "with q as (select websearch_to_tsquery('public.summitgraph', :query) as query),"
            + " hits as ("
            + hitsUnion(kinds)
            + ") select hits.kind, hits.id, hits.rank from hits"
            + (afterKey == null
                ? ""
                : " where (hits.rank < :afterRank or hits.rank = :afterRank and hits.id > :afterKey)")
            + " order by hits.rank desc, hits.id limit "
            + limit;
    Query statement = entityManager.createNativeQuery(sql).setParameter("query", query);
    if (afterKey != null) {
      statement.setParameter("afterRank", afterRank).setParameter("afterKey", afterKey);
    }
    List<RankedMatch> matches = new ArrayList<>();
    for (Object row : statement.getResultList()) {
      Object[] columns = (Object[]) row;
      matches.add(
          new RankedMatch(
              SearchKind.valueOf((String) columns[0]),
              ((Number) columns[1]).longValue(),
              ((Number) columns[2]).floatValue()));
    }
    return matches;
  }

  /**
   * The passages of these matches that match the query, with its terms marked, by key: cut from
   * each row's text only for the page being answered.
   */
  Map<Long, String> snippets(String query, List<RankedMatch> page) {
    if (page.isEmpty()) {
      return Map.of();
    }
    Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
    page.forEach(match -> kinds.add(match.kind()));
    String sql =
        "with q as (select websearch_to_tsquery('public.summitgraph', :query) as query)"
            + " select p.id, ts_headline('public.summitgraph', "
            + pageBody(kinds)
            + ", q.query, '"
            + HEADLINE_OPTIONS
            + "') from unnest(string_to_array(:kinds, ','), cast(:keys as bigint[])) as p(kind, id), q";
    List<?> rows =
        entityManager
            .createNativeQuery(sql)
            .setParameter("query", query)
            .setParameter(
                "kinds", String.join(",", page.stream().map(match -> match.kind().name()).toList()))
            .setParameter("keys", RowsByKey.keyArray(page.stream().map(RankedMatch::key).toList()))
            .getResultList();
    Map<Long, String> snippets = new HashMap<>();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      snippets.put(((Number) columns[0]).longValue(), (String) columns[1]);
    }
    return snippets;
  }

  /** How many rows match, read from the indexes and stored documents, ranking none of them. */
  long count(String query, Collection<SearchKind> kinds) {
    return ((Number)
            entityManager
                .createNativeQuery(countQuery(kinds))
                .setParameter("query", query)
                .getSingleResult())
        .longValue();
  }

  /** SQL for {@link #count}, its query the named parameter {@code query}. */
  static String countQuery(Collection<SearchKind> kinds) {
    return "with q as (select websearch_to_tsquery('public.summitgraph', :query) as query) select "
        + kinds.stream()
            .map(
                kind ->
                    "(select count(*) from "
                        + DOCUMENTS.get(kind)[0]
                        + " t, q where t.search_document @@ q.query)")
            .collect(Collectors.joining(" + "));
  }

  /** Every match: kind, key and rank, from the stored documents only. */
  private static String hitsUnion(Collection<SearchKind> kinds) {
    return kinds.stream()
        .map(
            kind ->
                "select '"
                    + kind.name()
                    + "'::text as kind, t.id, ts_rank_cd(t.search_document, q.query)::real as rank"
                    + " from "
                    + DOCUMENTS.get(kind)[0]
                    + " t, q where t.search_document @@ q.query")
        .collect(Collectors.joining(" union all "));
  }

  /** The text of a page's row {@code p}, read by key from its kind's table. */
  private static String pageBody(Collection<SearchKind> kinds) {
    return kinds.stream()
        .map(
            kind ->
                " when '"
                    + kind.name()
                    + "' then (select "
                    + DOCUMENTS.get(kind)[1]
                    + " from "
                    + DOCUMENTS.get(kind)[0]
                    + " t where t.id = p.id)")
        .collect(Collectors.joining("", "case p.kind", " end"));
  }
}
