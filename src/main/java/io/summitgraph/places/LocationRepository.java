package io.summitgraph.places;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.NameFilter;
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

  public Page<LocationEntity> page(
      LocationFilter filter,
      Long countryKey,
      Long withinKey,
      LocationOrder order,
      PageRequest request) {
    Listing<LocationEntity> listing =
        new Listing<>(getEntityManager(), LocationEntity.class, "location l", "l", l -> l.id);
    if (filter != null && filter.name() != null) {
      // Name or alias contains the wanted text across spelling variants (V6, V61).
      listing.where(NameFilter.matches("l.", true, "name", filter.name()), "name", filter.name());
    }
    if (filter != null && filter.kind() != null) {
      listing.where("l.kind = :kind", "kind", filter.kind().name());
    }
    if (filter != null && filter.basis() != null) {
      listing.where(filter.basis().condition("l.id"));
    }
    if (countryKey != null) {
      listing.where("l.country_id = :country", "country", countryKey);
    }
    if (withinKey != null) {
      listing.where("l.parent_id = :within", "within", withinKey);
    }
    return listing.page(BY_NAME, order.descending(), request);
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
