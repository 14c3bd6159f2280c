package io.summitgraph.organizations;

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
public class OrganizationService implements NodeLoader {

  @Inject OrganizationRepository repository;

  public Page<Organization> organizations(
      OrganizationFilter filter, OrganizationOrder order, PageRequest request) {
    return repository
        .page(
            OrganizationCriteria.of(filter),
            (order == null ? OrganizationOrder.DEFAULT : order).sorting(),
            request)
        .map(Organization::from);
  }

  /** The organizations with these keys, by key; unknown keys are absent. */
  public Map<Long, Organization> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Organization::from)
        .collect(Collectors.toMap(Organization::key, Function.identity()));
  }

  /** The organizations based in each country, by country key; countries with none are absent. */
  public Map<Long, List<Organization>> inCountries(Collection<Long> countryKeys) {
    return repository.findInCountries(countryKeys).stream()
        .map(Organization::from)
        .collect(Collectors.groupingBy(Organization::countryKey));
  }

  @Override
  public String nodeType() {
    return Organization.TYPE;
  }

  @Override
  public Map<Long, Organization> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
