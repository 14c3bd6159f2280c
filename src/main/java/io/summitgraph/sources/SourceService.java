package io.summitgraph.sources;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SourceService implements NodeLoader {

  @Inject SourceRepository repository;

  /** The sources with these keys, by key; unknown keys are absent. */
  public Map<Long, Source> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Source::from)
        .collect(Collectors.toMap(Source::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Source.TYPE;
  }

  @Override
  public Map<Long, Source> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
