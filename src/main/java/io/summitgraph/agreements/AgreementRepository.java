package io.summitgraph.agreements;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class AgreementRepository implements PanacheRepositoryBase<AgreementEntity, Long> {

  public List<AgreementEntity> findByIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }
}
