package io.summitgraph.organizations;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class OrganizationService implements NodeLoader {

  @Inject OrganizationRepository repository;

  /** The organizations with these keys, by key; unknown keys are absent. */
  public Map<Long, Organization> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Organization::from)
        .collect(Collectors.toMap(Organization::key, Function.identity()));
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
