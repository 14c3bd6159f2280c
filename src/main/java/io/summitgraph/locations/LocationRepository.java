package io.summitgraph.locations;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<LocationEntity, Long> {

  static final SortKey<LocationEntity> BY_NAME =
      new SortKey<>("name", "l.name", "text", l -> l.name);

  public List<LocationEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), LocationEntity.class, ids);
  }

  Page<LocationEntity> page(
      LocationCriteria criteria, Sorting<LocationOrderField> sorting, PageRequest request) {
    Listing<LocationEntity> listing =
        new Listing<>(getEntityManager(), LocationEntity.class, "location l", "l", l -> l.id);
    criteria.applyTo(listing, "l");
    return listing.page(BY_NAME, sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      LocationCriteria criteria, Sorting<LocationOrderField> sorting, PageRequest request) {
    Listing<LocationEntity> listing = new Listing<>("location l", "l");
    criteria.applyTo(listing, "l");
    return listing.query(BY_NAME, sorting.descending(), request, null);
  }

  /** The direct children of these locations, by name then id. */
  public List<LocationEntity> findChildren(Collection<Long> parentKeys) {
    return RowsByKey.of(getEntityManager(), LocationEntity.class, "parent_id")
        .orderBy("name, id")
        .list(parentKeys);
  }

  /** The locations in these countries, optionally of one kind, by name then id. */
  public List<LocationEntity> findInCountries(Collection<Long> countryKeys, LocationKind kind) {
    RowsByKey<LocationEntity> locations =
        RowsByKey.of(getEntityManager(), LocationEntity.class, "country_id").orderBy("name, id");
    if (kind != null) {
      locations.where("kind = :kind", "kind", kind.name());
    }
    return locations.list(countryKeys);
  }
}
