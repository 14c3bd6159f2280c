package io.summitgraph.agreements;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementService implements NodeLoader {

  @Inject AgreementRepository repository;

  /** The agreements with these keys, by key; unknown keys are absent. */
  public Map<Long, Agreement> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Agreement::from)
        .collect(Collectors.toMap(Agreement::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Agreement.TYPE;
  }

  @Override
  public Map<Long, Agreement> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
