package io.summitgraph.sanctions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.RowsByKey;
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

  public Page<SanctionEntity> page(
      SanctionFilter filter, SanctionOrder order, PageRequest request) {
    Listing<SanctionEntity> listing =
        new Listing<>(getEntityManager(), SanctionEntity.class, "sanction s", "s", s -> s.id);
    if (filter != null) {
      if (filter.issuer() != null) {
        listing.where("s.issuer_id = :issuer", "issuer", filter.issuerKey());
      }
      if (filter.target() != null) {
        listing.where("s.target_id = :target", "target", filter.targetKey());
      }
      if (filter.sectors() != null) {
        if (filter.sectors().isEmpty()) {
          listing.where("false");
        } else {
          listing.where(
              "s.sector in (:sectors)",
              "sectors",
              filter.sectors().stream().map(Enum::name).toList());
        }
      }
      if (filter.status() != null) {
        listing.where("s.status = :status", "status", filter.status().name());
      }
    }
    SortKey<SanctionEntity> sort =
        switch (order.field()) {
          case SECTOR -> BY_SECTOR;
          case IMPOSED_ON -> order.descending() ? BY_IMPOSED_ON_DESC : BY_IMPOSED_ON;
        };
    return listing.page(sort, order.descending(), request);
  }
}
