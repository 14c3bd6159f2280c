package io.summitgraph.sanctions;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class SanctionRepository implements PanacheRepositoryBase<SanctionEntity, Long> {

  public List<SanctionEntity> findByIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }
}
