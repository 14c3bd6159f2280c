package io.summitgraph.sanctions;

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
public class SanctionService implements NodeLoader {

  @Inject SanctionRepository repository;

  public Page<Sanction> sanctions(SanctionFilter filter, SanctionOrder order, PageRequest request) {
    return repository
        .page(
            SanctionCriteria.of(filter),
            (order == null ? SanctionOrder.DEFAULT : order).sorting(),
            request)
        .map(Sanction::from);
  }

  /** The sanctions each of these countries imposes, by country key; one query for all. */
  public Map<Long, List<Sanction>> imposedBy(Collection<Long> countryKeys) {
    return repository.findByIssuers(countryKeys).stream()
        .map(Sanction::from)
        .collect(Collectors.groupingBy(Sanction::issuerKey));
  }

  /** The sanctions imposed on each of these countries, by country key; one query for all. */
  public Map<Long, List<Sanction>> imposedOn(Collection<Long> countryKeys) {
    return repository.findByTargets(countryKeys).stream()
        .map(Sanction::from)
        .collect(Collectors.groupingBy(Sanction::targetKey));
  }

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
