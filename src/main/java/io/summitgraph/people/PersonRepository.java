package io.summitgraph.people;

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
import java.util.Map;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<PersonEntity, Long> {

  static final SortKey<PersonEntity> BY_NAME = new SortKey<>("name", "p.name", "text", p -> p.name);

  public List<PersonEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), PersonEntity.class, ids);
  }

  Page<PersonEntity> page(
      PersonCriteria criteria, Sorting<PersonOrderField> sorting, PageRequest request) {
    Listing<PersonEntity> listing = listing();
    criteria.applyTo(listing, "p");
    return listing.page(BY_NAME, sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      PersonCriteria criteria, Sorting<PersonOrderField> sorting, PageRequest request) {
    Listing<PersonEntity> listing = new Listing<>("person p", "p");
    criteria.applyTo(listing, "p");
    return listing.query(BY_NAME, sorting.descending(), request, null);
  }

  /** {@link #pageByCountries} for one country, as SQL for the compiled read path. */
  static PageQuery queryByCountry(String countryId, PageRequest request) {
    return new Listing<>("person p", "p")
        .query(BY_NAME, false, request, "p.country_id = " + countryId);
  }

  /** A page of the people of each country, by name, all in one statement. */
  public Map<Long, Page<PersonEntity>> pageByCountries(
      Collection<Long> countryKeys, PageRequest request) {
    return listing()
        .pagePerParent("p.country_id", countryKeys, p -> p.countryKey, BY_NAME, false, request);
  }

  /** The people living in these locations, by name then id. */
  public List<PersonEntity> findResidents(Collection<Long> locationKeys) {
    return RowsByKey.of(getEntityManager(), PersonEntity.class, "residence_id")
        .orderBy("name, id")
        .list(locationKeys);
  }

  private Listing<PersonEntity> listing() {
    return new Listing<>(getEntityManager(), PersonEntity.class, "person p", "p", p -> p.id);
  }
}
