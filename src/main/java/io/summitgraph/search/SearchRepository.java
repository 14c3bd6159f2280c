package io.summitgraph.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * PostgreSQL full-text search over every searchable table at once. Each table stores its document
 * in a GIN-indexed generated column, {@code search_document} (V60), so matching reads the index and
 * ranking reads the stored value: no text is parsed per request. Snippets are cut for the page's
 * rows only, after the page is chosen.
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

  /** Up to {@code limit} hits after the keyset position, best first (rank desc, then id). */
  List<SearchHit> search(
      String query, Collection<SearchKind> kinds, Float afterRank, Long afterKey, int limit) {
    String sql =
        "with q as (select websearch_to_tsquery('public.summitgraph', :query) as query),"
            + " hits as ("
            + hitsUnion(kinds)
            + "), page as (select * from hits"
            + (afterKey == null
                ? ""
                : " where (hits.rank < :afterRank or hits.rank = :afterRank and hits.id > :afterKey)")
            + " order by hits.rank desc, hits.id limit "
            + limit
            + ") select p.kind, p.id, p.rank, ts_headline('public.summitgraph', "
            + pageBody(kinds)
            + ", q.query, '"
            + HEADLINE_OPTIONS
            + "') from page p, q order by p.rank desc, p.id";
    Query statement = entityManager.createNativeQuery(sql).setParameter("query", query);
    if (afterKey != null) {
      statement.setParameter("afterRank", afterRank).setParameter("afterKey", afterKey);
    }
    List<SearchHit> hits = new ArrayList<>();
    for (Object row : statement.getResultList()) {
      Object[] columns = (Object[]) row;
      hits.add(
          new SearchHit(
              SearchKind.valueOf((String) columns[0]).nodeType,
              ((Number) columns[1]).longValue(),
              ((Number) columns[2]).floatValue(),
              (String) columns[3]));
    }
    return hits;
  }

  long count(String query, Collection<SearchKind> kinds) {
    String sql =
        "with q as (select websearch_to_tsquery('public.summitgraph', :query) as query),"
            + " hits as ("
            + hitsUnion(kinds)
            + ") select count(*) from hits";
    return ((Number)
            entityManager.createNativeQuery(sql).setParameter("query", query).getSingleResult())
        .longValue();
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
