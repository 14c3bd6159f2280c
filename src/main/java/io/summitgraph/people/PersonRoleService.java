package io.summitgraph.people;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PersonRoleService implements NodeLoader {

  @Inject PersonRoleRepository repository;

  /** The personRoles with these keys, by key; unknown keys are absent. */
  public Map<Long, PersonRole> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(PersonRole::from)
        .collect(Collectors.toMap(PersonRole::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return PersonRole.TYPE;
  }

  @Override
  public Map<Long, PersonRole> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
