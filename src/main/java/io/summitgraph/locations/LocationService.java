package io.summitgraph.locations;

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
public class LocationService implements NodeLoader {

  @Inject LocationRepository repository;

  public Page<Location> locations(LocationFilter filter, LocationOrder order, PageRequest request) {
    return repository
        .page(
            LocationCriteria.of(filter),
            (order == null ? LocationOrder.DEFAULT : order).sorting(),
            request)
        .map(Location::from);
  }

  /** The locations with these keys, by key; unknown keys are absent. */
  public Map<Long, Location> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Location::from)
        .collect(Collectors.toMap(Location::key, Function.identity()));
  }

  /** The direct children of each location, by parent key; locations with none are absent. */
  public Map<Long, List<Location>> childrenOf(Collection<Long> parentKeys) {
    return repository.findChildren(parentKeys).stream()
        .map(Location::from)
        .collect(Collectors.groupingBy(Location::parentKey));
  }

  /** The locations in each country, by country key; countries with none are absent. */
  public Map<Long, List<Location>> inCountries(Collection<Long> countryKeys, LocationKind kind) {
    return repository.findInCountries(countryKeys, kind).stream()
        .map(Location::from)
        .collect(Collectors.groupingBy(Location::countryKey));
  }

  @Override
  public String nodeType() {
    return Location.TYPE;
  }

  @Override
  public Map<Long, Location> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
