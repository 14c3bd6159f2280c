package io.summitgraph.sanctions;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SanctionService implements NodeLoader {

  @Inject SanctionRepository repository;

  /** The sanctions with these keys, by key; unknown keys are absent. */
  public Map<Long, Sanction> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Sanction::from)
        .collect(Collectors.toMap(Sanction::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Sanction.TYPE;
  }

  @Override
  public Map<Long, Sanction> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
