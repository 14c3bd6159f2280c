package io.summitgraph.quotes;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class QuoteService implements NodeLoader {

  @Inject QuoteRepository repository;

  /** The quotes with these keys, by key; unknown keys are absent. */
  public Map<Long, Quote> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Quote::from)
        .collect(Collectors.toMap(Quote::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Quote.TYPE;
  }

  @Override
  public Map<Long, Quote> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
