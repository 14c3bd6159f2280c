package io.summitgraph.inferences;

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
public class InferenceRepository implements PanacheRepositoryBase<InferenceEntity, Long> {

  static final SortKey<InferenceEntity> BY_ID =
      new SortKey<>("id", "i.id", "bigint", i -> String.valueOf(i.id));

  public List<InferenceEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), InferenceEntity.class, ids);
  }

  public List<InferenceEntity> findByFacts(Collection<Long> factKeys) {
    return RowsByKey.of(getEntityManager(), InferenceEntity.class, "fact_id")
        .orderBy("fact_id, id")
        .list(factKeys);
  }

  /** Inferences in recorded order; only those about this field (null: whole facts) when given. */
  public Page<InferenceEntity> page(String field, boolean wholeFacts, PageRequest request) {
    Listing<InferenceEntity> listing =
        new Listing<>(getEntityManager(), InferenceEntity.class, "inference i", "i", i -> i.id);
    if (wholeFacts) {
      listing.where("i.field is null");
    } else if (field != null) {
      listing.where("i.field = :field", "field", field);
    }
    return listing.page(BY_ID, false, request);
  }
}
