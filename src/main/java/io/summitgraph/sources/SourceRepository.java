package io.summitgraph.sources;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
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

  public List<SourceEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), SourceEntity.class, ids);
  }

  public List<SourceEntity> findByAuthors(Collection<Long> personKeys) {
    return RowsByKey.of(getEntityManager(), SourceEntity.class, "author_id")
        .orderBy("title, id")
        .list(personKeys);
  }

  public List<SourceEntity> findByPublishers(Collection<Long> organizationKeys) {
    return RowsByKey.of(getEntityManager(), SourceEntity.class, "publisher_id")
        .orderBy("title, id")
        .list(organizationKeys);
  }

  Page<SourceEntity> page(
      SourceCriteria criteria, Sorting<SourceOrderField> sorting, PageRequest request) {
    Listing<SourceEntity> listing =
        new Listing<>(getEntityManager(), SourceEntity.class, "source s", "s", s -> s.id);
    criteria.applyTo(listing, "s");
    SortKey<SourceEntity> sort =
        sorting.field() == SourceOrderField.PUBLISHED_ON ? BY_PUBLISHED_ON : BY_TITLE;
    return listing.page(sort, sorting.descending(), request);
  }
}
