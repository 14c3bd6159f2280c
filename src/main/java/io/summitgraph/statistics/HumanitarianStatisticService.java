package io.summitgraph.statistics;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class HumanitarianStatisticService implements NodeLoader {

  @Inject HumanitarianStatisticRepository repository;

  /** The humanitarianStatistics with these keys, by key; unknown keys are absent. */
  public Map<Long, HumanitarianStatistic> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(HumanitarianStatistic::from)
        .collect(Collectors.toMap(HumanitarianStatistic::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return HumanitarianStatistic.TYPE;
  }

  @Override
  public Map<Long, HumanitarianStatistic> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
