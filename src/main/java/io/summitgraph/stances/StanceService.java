package io.summitgraph.stances;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class StanceService implements NodeLoader {

  @Inject StanceRepository repository;

  /** The stances with these keys, by key; unknown keys are absent. */
  public Map<Long, Stance> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Stance::from)
        .collect(Collectors.toMap(Stance::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Stance.TYPE;
  }

  @Override
  public Map<Long, Stance> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
