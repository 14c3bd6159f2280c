package io.summitgraph.sources;

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
public class SourceRepository implements PanacheRepositoryBase<SourceEntity, Long> {

  static final SortKey<SourceEntity> BY_TITLE =
      new SortKey<>("title", "s.title", "text", s -> s.title);
  static final SortKey<SourceEntity> BY_PUBLISHED_ON =
      new SortKey<>(
          "publishedOn",
          "coalesce(s.published_on, 'infinity'::date)",
          "date",
          s -> s.publishedOn == null ? "infinity" : s.publishedOn.start.toString());

  /** The order of a person's or an organization's sources. */
  static final String BY_TITLE_ORDER = "title, id";

  public List<SourceEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), SourceEntity.class, ids);
  }

  public List<SourceEntity> findByAuthors(Collection<Long> personKeys) {
    return RowsByKey.of(getEntityManager(), SourceEntity.class, "author_id")
        .orderBy(BY_TITLE_ORDER)
        .list(personKeys);
  }

  public List<SourceEntity> findByPublishers(Collection<Long> organizationKeys) {
    return RowsByKey.of(getEntityManager(), SourceEntity.class, "publisher_id")
        .orderBy(BY_TITLE_ORDER)
        .list(organizationKeys);
  }

  Page<SourceEntity> page(
      SourceCriteria criteria, Sorting<SourceOrderField> sorting, PageRequest request) {
    Listing<SourceEntity> listing =
        new Listing<>(getEntityManager(), SourceEntity.class, "source s", "s", s -> s.id);
    criteria.applyTo(listing, "s");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      SourceCriteria criteria, Sorting<SourceOrderField> sorting, PageRequest request) {
    Listing<SourceEntity> listing = new Listing<>("source s", "s");
    criteria.applyTo(listing, "s");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  private static SortKey<SourceEntity> sortKey(Sorting<SourceOrderField> sorting) {
    return sorting.field() == SourceOrderField.PUBLISHED_ON ? BY_PUBLISHED_ON : BY_TITLE;
  }
}
