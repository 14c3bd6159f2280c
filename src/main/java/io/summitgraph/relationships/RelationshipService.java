package io.summitgraph.relationships;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.countries.CountryService;
import io.summitgraph.people.PersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class RelationshipService implements NodeLoader {

  @Inject RelationshipRepository repository;
  @Inject PersonService people;
  @Inject CountryService countries;

  public Page<Relationship> relationships(RelationshipFilter filter, PageRequest request) {
    return repository.page(RelationshipCriteria.of(filter), request).map(Relationship::from);
  }

  /** A page of the relationships of each of these parties, by party key. */
  public Map<Long, Page<Relationship>> ofParties(Collection<Long> partyKeys, PageRequest request) {
    Map<Long, Page<Relationship>> pages = new HashMap<>();
    repository
        .pageByParties(partyKeys, request)
        .forEach((party, page) -> pages.put(party, page.map(Relationship::from)));
    return pages;
  }

  /**
   * The two parties of each of these relationships, in order, by relationship key. One statement
   * for the party rows, then one per kind of party among them.
   */
  public Map<Long, List<Party>> parties(Collection<Long> relationshipKeys) {
    List<Object[]> rows = repository.parties(relationshipKeys);
    Map<Long, ? extends Party> persons = people.byKeys(column(rows, 1));
    Map<Long, ? extends Party> states = countries.byKeys(column(rows, 2));
    Map<Long, List<Party>> parties = new HashMap<>();
    for (Object[] row : rows) {
      Party party = row[1] != null ? persons.get(key(row[1])) : states.get(key(row[2]));
      parties.computeIfAbsent(key(row[0]), relationship -> new ArrayList<>()).add(party);
    }
    return parties;
  }

  /** The relationships with these keys, by key; unknown keys are absent. */
  public Map<Long, Relationship> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Relationship::from)
        .collect(Collectors.toMap(Relationship::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Relationship.TYPE;
  }

  @Override
  public Map<Long, Relationship> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }

  private static List<Long> column(List<Object[]> rows, int index) {
    return rows.stream()
        .map(row -> row[index])
        .filter(Objects::nonNull)
        .map(RelationshipService::key)
        .distinct()
        .toList();
  }

  private static Long key(Object value) {
    return ((Number) value).longValue();
  }
}
