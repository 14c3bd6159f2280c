package io.summitgraph.countries;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CountryService implements NodeLoader {

  @Inject CountryRepository repository;

  public Page<Country> countries(CountryFilter filter, CountryOrder order, PageRequest request) {
    return repository
        .page(
            CountryCriteria.of(filter),
            (order == null ? CountryOrder.DEFAULT : order).sorting(),
            request)
        .map(Country::from);
  }

  /** The countries with these keys, by key; unknown keys are absent. */
  public Map<Long, Country> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Country::from)
        .collect(Collectors.toMap(Country::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Country.TYPE;
  }

  @Override
  public Map<Long, Country> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
