package io.summitgraph.sources;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.query.NativeQuery;
import org.hibernate.type.StandardBasicTypes;

@ApplicationScoped
public class CitationRepository implements PanacheRepositoryBase<CitationEntity, Long> {

  /** Citations in the order they appear in their source. */
  static final SortKey<CitationEntity> BY_POSITION =
      new SortKey<>("position", "c.start_offset", "integer", c -> String.valueOf(c.startOffset));

  /** The order of a fact's citations: by source, then as they appear in it. */
  static final String FACT_ORDER = "source_id, start_offset, id";

  /** The citations (under {@code c}) with the outlets they name (under {@code r}). */
  static final String REPORTED_FROM =
      "citation_reported_via r join citation c on c.id = r.citation_id";

  /** The order of the citations naming an outlet: by source, then as they appear in it. */
  static final String OUTLET_ORDER = "c.source_id, c.start_offset, c.id";

  public List<CitationEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), CitationEntity.class, ids);
  }

  /** The citations of these facts, each fact's in source then text order. */
  public List<CitationEntity> findByFacts(Collection<Long> factKeys) {
    return RowsByKey.of(getEntityManager(), CitationEntity.class, "fact_id")
        .orderBy("fact_id, " + FACT_ORDER)
        .list(factKeys);
  }

  public Map<Long, Page<CitationEntity>> pageBySource(
      Collection<Long> sourceKeys, PageRequest request) {
    return new Listing<>(getEntityManager(), CitationEntity.class, "citation c", "c", c -> c.id)
        .pagePerParent("c.source_id", sourceKeys, c -> c.sourceKey, BY_POSITION, false, request);
  }

  /**
   * {@link #pageBySource} for one source, as SQL for the compiled read path.
   *
   * @param sourceId SQL for the source's key
   */
  static PageQuery queryBySource(String sourceId, PageRequest request) {
    return new Listing<>("citation c", "c")
        .query(BY_POSITION, false, request, "c.source_id = " + sourceId);
  }

  /** The kind of each fact (its table name), by fact key. */
  public Map<Long, String> factKinds(Collection<Long> factKeys) {
    Map<Long, String> kinds = new HashMap<>();
    if (factKeys.isEmpty()) {
      return kinds;
    }
    List<?> rows =
        getEntityManager()
            .createNativeQuery("select id, kind from fact where " + RowsByKey.anyOf("id", "keys"))
            .setParameter("keys", RowsByKey.keyArray(factKeys))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      kinds.put(((Number) columns[0]).longValue(), (String) columns[1]);
    }
    return kinds;
  }

  /**
   * The outlets each citation's source names as the way it learned the fact, in order, by citation
   * key.
   */
  public Map<Long, List<Long>> reportedVia(Collection<Long> citationKeys) {
    Map<Long, List<Long>> chains = new LinkedHashMap<>();
    if (citationKeys.isEmpty()) {
      return chains;
    }
    List<?> rows =
        getEntityManager()
            .createNativeQuery(
                "select citation_id, organization_id from citation_reported_via"
                    + " where "
                    + RowsByKey.anyOf("citation_id", "keys")
                    + " order by citation_id, position")
            .setParameter("keys", RowsByKey.keyArray(citationKeys))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      chains
          .computeIfAbsent(((Number) columns[0]).longValue(), k -> new ArrayList<>())
          .add(((Number) columns[1]).longValue());
    }
    return chains;
  }

  /**
   * The citations each organization is named in as a reporting outlet, by organization key, in
   * source order.
   */
  public Map<Long, List<CitationEntity>> findReportedVia(Collection<Long> organizationKeys) {
    Map<Long, List<CitationEntity>> byOrganization = new LinkedHashMap<>();
    if (organizationKeys.isEmpty()) {
      return byOrganization;
    }
    List<?> rows =
        getEntityManager()
            .createNativeQuery(
                "select r.organization_id as sg_outlet, c.* from "
                    + REPORTED_FROM
                    + " where "
                    + RowsByKey.anyOf("r.organization_id", "keys")
                    + " order by "
                    + OUTLET_ORDER)
            .unwrap(NativeQuery.class)
            .addScalar("sg_outlet", StandardBasicTypes.LONG)
            .addEntity("c", CitationEntity.class)
            .setParameter("keys", RowsByKey.keyArray(organizationKeys))
            .getResultList();
    for (Object row : rows) {
      Object[] columns = (Object[]) row;
      byOrganization
          .computeIfAbsent((Long) columns[0], k -> new ArrayList<>())
          .add((CitationEntity) columns[1]);
    }
    return byOrganization;
  }
}
