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
 * PostgreSQL full-text search over every searchable table at once. Each document expression matches
 * a GIN index of the schema, so only matching rows are read; snippets are built for the page's rows
 * only.
 */
@ApplicationScoped
class SearchRepository {

  private static final String NAMES_BODY =
      "t.name || coalesce(' (' || nullif(array_to_string(t.aliases, ', '), '') || ')', '')";

  /** Per kind: the searchable document (as indexed) and the text a snippet is cut from. */
  private static final Map<SearchKind, String[]> DOCUMENTS =
      Map.of(
          SearchKind.PERSON,
          new String[] {"person", "sg_names_tsvector(t.name, t.aliases)", NAMES_BODY},
          SearchKind.ORGANIZATION,
          new String[] {"organization", "sg_names_tsvector(t.name, t.aliases)", NAMES_BODY},
          SearchKind.COUNTRY,
          new String[] {"country", "sg_names_tsvector(t.name, t.aliases)", NAMES_BODY},
          SearchKind.LOCATION,
          new String[] {"location", "sg_names_tsvector(t.name, t.aliases)", NAMES_BODY},
          SearchKind.EVENT,
          new String[] {
            "event",
            "sg_tsvector(t.name || ' ' || coalesce(t.description, ''))",
            "t.name || '. ' || coalesce(t.description, '')"
          },
          SearchKind.QUOTE,
          new String[] {"quote", "sg_tsvector(t.text)", "t.text"},
          SearchKind.SOURCE,
          new String[] {
            "source", "sg_tsvector(t.title || ' ' || t.text)", "t.title || ' — ' || t.text"
          });

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
            + ")"
            + " select h.kind, h.id, h.rank, ts_headline('public.summitgraph', h.body, q.query, '"
            + HEADLINE_OPTIONS
            + "') from (select * from hits"
            + (afterKey == null
                ? ""
                : " where (hits.rank < :afterRank or hits.rank = :afterRank and hits.id > :afterKey)")
            + " order by hits.rank desc, hits.id limit "
            + limit
            + ") h, q order by h.rank desc, h.id";
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

  private static String hitsUnion(Collection<SearchKind> kinds) {
    return kinds.stream()
        .map(
            kind -> {
              String[] document = DOCUMENTS.get(kind);
              return "select '"
                  + kind.name()
                  + "'::text as kind, t.id, ts_rank_cd("
                  + document[1]
                  + ", q.query)::real as rank, "
                  + document[2]
                  + " as body from "
                  + document[0]
                  + " t, q where "
                  + document[1]
                  + " @@ q.query";
            })
        .collect(Collectors.joining(" union all "));
  }
}
