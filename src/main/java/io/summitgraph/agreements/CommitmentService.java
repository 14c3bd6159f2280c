package io.summitgraph.agreements;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CommitmentService implements NodeLoader {

  @Inject CommitmentRepository repository;

  /** The commitments with these keys, by key; unknown keys are absent. */
  public Map<Long, Commitment> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Commitment::from)
        .collect(Collectors.toMap(Commitment::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Commitment.TYPE;
  }

  @Override
  public Map<Long, Commitment> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
