package io.summitgraph.statistics;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class HumanitarianStatisticService implements NodeLoader {

  @Inject HumanitarianStatisticRepository repository;

  public Page<HumanitarianStatistic> humanitarianStatistics(
      HumanitarianStatisticFilter filter, HumanitarianStatisticOrder order, PageRequest request) {
    return repository
        .page(
            HumanitarianStatisticCriteria.of(filter),
            (order == null ? HumanitarianStatisticOrder.DEFAULT : order).sorting(),
            request)
        .map(HumanitarianStatistic::from);
  }

  /** A page of the statistics about each of these countries, by country key. */
  public Map<Long, Page<HumanitarianStatistic>> aboutCountries(
      Collection<Long> countryKeys, PageRequest request) {
    Map<Long, Page<HumanitarianStatistic>> pages = new HashMap<>();
    repository
        .pageByCountries(countryKeys, request)
        .forEach((country, page) -> pages.put(country, page.map(HumanitarianStatistic::from)));
    return pages;
  }

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
