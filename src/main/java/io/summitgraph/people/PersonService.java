package io.summitgraph.people;

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
public class PersonService implements NodeLoader {

  @Inject PersonRepository repository;

  public Page<Person> people(PersonFilter filter, PersonOrder order, PageRequest request) {
    return repository
        .page(
            PersonCriteria.of(filter),
            (order == null ? PersonOrder.DEFAULT : order).sorting(),
            request)
        .map(Person::from);
  }

  /** The persons with these keys, by key; unknown keys are absent. */
  public Map<Long, Person> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Person::from)
        .collect(Collectors.toMap(Person::key, Function.identity()));
  }

  /** A page of the people of each country, by country key; every country key is present. */
  public Map<Long, Page<Person>> byCountries(Collection<Long> countryKeys, PageRequest request) {
    return repository.pageByCountries(countryKeys, request).entrySet().stream()
        .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().map(Person::from)));
  }

  /** The people living in each location, by location key; locations with none are absent. */
  public Map<Long, List<Person>> residentsOf(Collection<Long> locationKeys) {
    return repository.findResidents(locationKeys).stream()
        .map(Person::from)
        .collect(Collectors.groupingBy(Person::residenceKey));
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
