package io.summitgraph.disputes;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class DisputeService implements NodeLoader {

  @Inject DisputeRepository repository;

  public Page<Dispute> disputes(Boolean resolved, PageRequest request) {
    return repository.page(resolved, request).map(Dispute::from);
  }

  public Map<Long, Dispute> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Dispute::from)
        .collect(Collectors.toMap(Dispute::key, Function.identity()));
  }

  /** The disputes about each fact, by fact key. */
  public Map<Long, List<Dispute>> byFacts(Collection<Long> factKeys) {
    return repository.findByFacts(factKeys).stream()
        .map(Dispute::from)
        .collect(Collectors.groupingBy(Dispute::factKey));
  }

  /** The claims of each dispute, in order, by dispute key. */
  public Map<Long, List<DisputeClaim>> claims(Collection<Long> disputeKeys) {
    return repository.claims(disputeKeys).stream()
        .map(DisputeClaim::from)
        .collect(Collectors.groupingBy(DisputeClaim::disputeKey));
  }

  @Override
  public String nodeType() {
    return Dispute.TYPE;
  }

  @Override
  public Map<Long, Dispute> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
