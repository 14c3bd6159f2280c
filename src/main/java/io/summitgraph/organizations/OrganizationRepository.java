package io.summitgraph.organizations;

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
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, Long> {

  static final SortKey<OrganizationEntity> BY_NAME =
      new SortKey<>("name", "o.name", "text", o -> o.name);

  public List<OrganizationEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), OrganizationEntity.class, ids);
  }

  public Page<OrganizationEntity> page(
      OrganizationFilter filter, Long countryKey, OrganizationOrder order, PageRequest request) {
    Listing<OrganizationEntity> listing =
        new Listing<>(
            getEntityManager(), OrganizationEntity.class, "organization o", "o", o -> o.id);
    if (filter != null && filter.name() != null) {
      // Name or alias contains the wanted text across spelling variants (V6, V61).
      listing.where(NameFilter.matches("o.", true, "name", filter.name()), "name", filter.name());
    }
    if (filter != null && filter.kind() != null) {
      listing.where("o.kind = :kind", "kind", filter.kind().name());
    }
    if (countryKey != null) {
      listing.where("o.country_id = :country", "country", countryKey);
    }
    return listing.page(BY_NAME, order.descending(), request);
  }

  /** The organizations based in these countries, by name then id. */
  public List<OrganizationEntity> findInCountries(Collection<Long> countryKeys) {
    return RowsByKey.of(getEntityManager(), OrganizationEntity.class, "country_id")
        .orderBy("name, id")
        .list(countryKeys);
  }
}
