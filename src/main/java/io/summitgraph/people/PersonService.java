package io.summitgraph.people;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class PersonService implements NodeLoader {

  @Inject PersonRepository repository;

  /** The persons with these keys, by key; unknown keys are absent. */
  public Map<Long, Person> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Person::from)
        .collect(Collectors.toMap(Person::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Person.TYPE;
  }

  @Override
  public Map<Long, Person> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
