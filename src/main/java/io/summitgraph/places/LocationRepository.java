package io.summitgraph.places;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class LocationRepository implements PanacheRepositoryBase<LocationEntity, Long> {

  public List<LocationEntity> findByIds(Collection<Long> ids) {
    return ids.isEmpty() ? List.of() : list("id in ?1", ids);
  }
}
