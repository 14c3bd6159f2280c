package io.summitgraph.inferences;

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

@ApplicationScoped
public class InferenceRepository implements PanacheRepositoryBase<InferenceEntity, Long> {

  static final SortKey<InferenceEntity> BY_ID =
      new SortKey<>("id", "i.id", "bigint", i -> String.valueOf(i.id));

  public List<InferenceEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), InferenceEntity.class, ids);
  }

  /** The order of a fact's inferences: as recorded. */
  static final String FACT_ORDER = "id";

  public List<InferenceEntity> findByFacts(Collection<Long> factKeys) {
    return RowsByKey.of(getEntityManager(), InferenceEntity.class, "fact_id")
        .orderBy("fact_id, " + FACT_ORDER)
        .list(factKeys);
  }

  /** Inferences in recorded order; only those about this field (null: whole facts) when given. */
  public Page<InferenceEntity> page(String field, boolean wholeFacts, PageRequest request) {
    return filtered(
            new Listing<>(getEntityManager(), InferenceEntity.class, "inference i", "i", i -> i.id),
            field,
            wholeFacts)
        .page(BY_ID, false, request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(String field, boolean wholeFacts, PageRequest request) {
    return filtered(new Listing<>("inference i", "i"), field, wholeFacts)
        .query(BY_ID, false, request, null);
  }

  private static <E> Listing<E> filtered(Listing<E> listing, String field, boolean wholeFacts) {
    if (wholeFacts) {
      listing.where("i.field is null");
    } else if (field != null) {
      listing.where("i.field = :field", "field", field);
    }
    return listing;
  }
}
