package io.summitgraph.statistics;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class HumanitarianStatisticRepository
    implements PanacheRepositoryBase<HumanitarianStatisticEntity, Long> {

  public List<HumanitarianStatisticEntity> findByIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }
}
