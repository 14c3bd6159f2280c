package io.summitgraph.places;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class LocationService implements NodeLoader {

  @Inject LocationRepository repository;

  /** The locations with these keys, by key; unknown keys are absent. */
  public Map<Long, Location> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Location::from)
        .collect(Collectors.toMap(Location::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Location.TYPE;
  }

  @Override
  public Map<Long, Location> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
