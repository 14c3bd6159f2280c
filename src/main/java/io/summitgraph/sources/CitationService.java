package io.summitgraph.sources;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CitationService implements NodeLoader {

  @Inject CitationRepository repository;

  /** The citations with these keys, by key; unknown keys are absent. */
  public Map<Long, Citation> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Citation::from)
        .collect(Collectors.toMap(Citation::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Citation.TYPE;
  }

  @Override
  public Map<Long, Citation> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
