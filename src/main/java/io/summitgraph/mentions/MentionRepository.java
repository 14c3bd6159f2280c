package io.summitgraph.mentions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class MentionRepository implements PanacheRepositoryBase<MentionEntity, Long> {

  /** A source's mentions in the order they appear in its text. */
  static final SortKey<MentionEntity> BY_POSITION =
      new SortKey<>("position", "m.start_offset", "integer", m -> String.valueOf(m.startOffset));

  /**
   * A subject's mentions in the order they were linked: source by source, each in text order (ids
   * are given in that order).
   */
  static final SortKey<MentionEntity> BY_LINKING =
      new SortKey<>("linked", "m.id", "bigint", m -> String.valueOf(m.id));

  public List<MentionEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), MentionEntity.class, ids);
  }

  public Map<Long, Page<MentionEntity>> pageBySource(
      Collection<Long> sourceKeys, PageRequest request) {
    return listing()
        .pagePerParent("m.source_id", sourceKeys, m -> m.sourceKey, BY_POSITION, false, request);
  }

  public Map<Long, Page<MentionEntity>> pageBySubject(
      MentionSubjectKind kind, Collection<Long> subjectKeys, PageRequest request) {
    return listing()
        .pagePerParent(
            "m." + kind.column, subjectKeys, m -> m.keyOf(kind), BY_LINKING, false, request);
  }

  /**
   * {@link #pageBySource} for one source, as SQL for the compiled read path.
   *
   * @param sourceId SQL for the source's key
   */
  static PageQuery queryBySource(String sourceId, PageRequest request) {
    return new Listing<>("mention m", "m")
        .query(BY_POSITION, false, request, "m.source_id = " + sourceId);
  }

  /**
   * {@link #pageBySubject} for one subject, as SQL for the compiled read path.
   *
   * @param subjectId SQL for the subject's key
   */
  static PageQuery queryBySubject(MentionSubjectKind kind, String subjectId, PageRequest request) {
    return new Listing<>("mention m", "m")
        .query(BY_LINKING, false, request, "m." + kind.column + " = " + subjectId);
  }

  private Listing<MentionEntity> listing() {
    return new Listing<>(getEntityManager(), MentionEntity.class, "mention m", "m", m -> m.id);
  }
}
