package io.summitgraph.sources;

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

  public Page<SourceEntity> page(SourceFilter filter, SourceOrder order, PageRequest request) {
    Listing<SourceEntity> listing =
        new Listing<>(getEntityManager(), SourceEntity.class, "source s", "s", s -> s.id);
    if (filter != null && filter.title() != null) {
      listing.where("strpos(lower(s.title), lower(:title)) > 0", "title", filter.title());
    }
    if (filter != null && filter.author() != null) {
      listing.where("s.author_id = :author", "author", filter.authorKey());
    }
    SortKey<SourceEntity> sort =
        order.field() == SourceOrderField.PUBLISHED_ON ? BY_PUBLISHED_ON : BY_TITLE;
    return listing.page(sort, order.descending(), request);
  }
}
