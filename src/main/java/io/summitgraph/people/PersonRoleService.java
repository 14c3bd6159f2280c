package io.summitgraph.people;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.organizations.Organization;
import io.summitgraph.organizations.OrganizationEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

  /** The roles of each person, by start date; people with none are absent. */
  public Map<Long, List<PersonRole>> ofPeople(Collection<Long> personKeys) {
    return repository.findByPeople(personKeys).stream()
        .map(PersonRole::from)
        .collect(Collectors.groupingBy(PersonRole::personKey));
  }

  /** The roles held in each organization, by start date; organizations with none are absent. */
  public Map<Long, List<PersonRole>> inOrganizations(Collection<Long> organizationKeys) {
    return repository.findByOrganizations(organizationKeys).stream()
        .map(PersonRole::from)
        .collect(Collectors.groupingBy(PersonRole::organizationKey));
  }

  /** The roles that serve each country, by start date; countries with none are absent. */
  public Map<Long, List<PersonRole>> forCountries(Collection<Long> countryKeys) {
    return repository.findByCountries(countryKeys).stream()
        .map(PersonRole::from)
        .collect(Collectors.groupingBy(PersonRole::countryKey));
  }

  /**
   * The organizations each person holds a role in, by name; people with none are absent. One
   * statement for all people.
   */
  public Map<Long, List<Organization>> organizationsOfPeople(Collection<Long> personKeys) {
    Map<Long, List<Organization>> byPerson = new HashMap<>();
    for (Object[] row : repository.findOrganizationsOfPeople(personKeys)) {
      byPerson
          .computeIfAbsent((Long) row[0], person -> new ArrayList<>())
          .add(Organization.from((OrganizationEntity) row[1]));
    }
    return byPerson;
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
