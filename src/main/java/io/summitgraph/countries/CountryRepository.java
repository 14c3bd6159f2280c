package io.summitgraph.countries;

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
public class CountryRepository implements PanacheRepositoryBase<CountryEntity, Long> {

  static final SortKey<CountryEntity> BY_NAME =
      new SortKey<>("name", "c.name", "text", c -> c.name);
  static final SortKey<CountryEntity> BY_ISO_CODE =
      new SortKey<>("isoCode", "c.iso_code", "bpchar", c -> c.isoCode);

  public List<CountryEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), CountryEntity.class, ids);
  }

  Page<CountryEntity> page(
      CountryCriteria criteria, Sorting<CountryOrderField> sorting, PageRequest request) {
    Listing<CountryEntity> listing =
        new Listing<>(getEntityManager(), CountryEntity.class, "country c", "c", c -> c.id);
    criteria.applyTo(listing, "c");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      CountryCriteria criteria, Sorting<CountryOrderField> sorting, PageRequest request) {
    Listing<CountryEntity> listing = new Listing<>("country c", "c");
    criteria.applyTo(listing, "c");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  private static SortKey<CountryEntity> sortKey(Sorting<CountryOrderField> sorting) {
    return sorting.field() == CountryOrderField.ISO_CODE ? BY_ISO_CODE : BY_NAME;
  }
}
