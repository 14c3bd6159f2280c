package io.summitgraph.organizations;

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
public class OrganizationRepository implements PanacheRepositoryBase<OrganizationEntity, Long> {

  static final SortKey<OrganizationEntity> BY_NAME =
      new SortKey<>("name", "o.name", "text", o -> o.name);

  public List<OrganizationEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), OrganizationEntity.class, ids);
  }

  Page<OrganizationEntity> page(
      OrganizationCriteria criteria, Sorting<OrganizationOrderField> sorting, PageRequest request) {
    Listing<OrganizationEntity> listing =
        new Listing<>(
            getEntityManager(), OrganizationEntity.class, "organization o", "o", o -> o.id);
    criteria.applyTo(listing, "o");
    return listing.page(BY_NAME, sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      OrganizationCriteria criteria, Sorting<OrganizationOrderField> sorting, PageRequest request) {
    Listing<OrganizationEntity> listing = new Listing<>("organization o", "o");
    criteria.applyTo(listing, "o");
    return listing.query(BY_NAME, sorting.descending(), request, null);
  }

  /** The organizations based in these countries, by name then id. */
  public List<OrganizationEntity> findInCountries(Collection<Long> countryKeys) {
    return RowsByKey.of(getEntityManager(), OrganizationEntity.class, "country_id")
        .orderBy("name, id")
        .list(countryKeys);
  }
}
