package io.summitgraph.sanctions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class SanctionRepository implements PanacheRepositoryBase<SanctionEntity, Long> {

  // Undated sanctions sort last in both directions, hence one key per direction.
  static final SortKey<SanctionEntity> BY_IMPOSED_ON =
      new SortKey<>(
          "imposedOn",
          "coalesce(s.imposed_on, 'infinity'::date)",
          "date",
          s -> s.imposedOn == null ? "infinity" : s.imposedOn.start.toString());
  static final SortKey<SanctionEntity> BY_IMPOSED_ON_DESC =
      new SortKey<>(
          "imposedOnDesc",
          "coalesce(s.imposed_on, '-infinity'::date)",
          "date",
          s -> s.imposedOn == null ? "-infinity" : s.imposedOn.start.toString());
  static final SortKey<SanctionEntity> BY_SECTOR =
      new SortKey<>(
          "sector", "coalesce(s.sector, '')", "text", s -> s.sector == null ? "" : s.sector.name());

  /** Sanctions ordered as every plain list of them is: imposed date (undated last), then id. */
  private static final String LIST_ORDER = "imposed_on nulls last, id";

  public List<SanctionEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), SanctionEntity.class, ids);
  }

  public List<SanctionEntity> findByIssuers(Collection<Long> countryKeys) {
    return RowsByKey.of(getEntityManager(), SanctionEntity.class, "issuer_id")
        .orderBy(LIST_ORDER)
        .list(countryKeys);
  }

  public List<SanctionEntity> findByTargets(Collection<Long> countryKeys) {
    return RowsByKey.of(getEntityManager(), SanctionEntity.class, "target_id")
        .orderBy(LIST_ORDER)
        .list(countryKeys);
  }

  Page<SanctionEntity> page(
      SanctionCriteria criteria, Sorting<SanctionOrderField> sorting, PageRequest request) {
    Listing<SanctionEntity> listing =
        new Listing<>(getEntityManager(), SanctionEntity.class, "sanction s", "s", s -> s.id);
    criteria.applyTo(listing, "s");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      SanctionCriteria criteria, Sorting<SanctionOrderField> sorting, PageRequest request) {
    Listing<SanctionEntity> listing = new Listing<>("sanction s", "s");
    criteria.applyTo(listing, "s");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  /**
   * The sanctions whose {@code countryColumn} (issuer_id, target_id) is the country, as {@link
   * #findByIssuers} and {@link #findByTargets} order them, for the compiled read path.
   */
  static ListRead listByCountry(String countryColumn) {
    return ListRead.of(
        Sanction.TYPE,
        "sanction s",
        "s",
        "s." + countryColumn + " = " + FieldRead.ROW + ".id",
        "s.imposed_on nulls last, s.id");
  }

  private static SortKey<SanctionEntity> sortKey(Sorting<SanctionOrderField> sorting) {
    return switch (sorting.field()) {
      case SECTOR -> BY_SECTOR;
      case IMPOSED_ON -> sorting.descending() ? BY_IMPOSED_ON_DESC : BY_IMPOSED_ON;
    };
  }
}
