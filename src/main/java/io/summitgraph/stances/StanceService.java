package io.summitgraph.stances;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.countries.CountryService;
import io.summitgraph.organizations.OrganizationService;
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
public class StanceService implements NodeLoader {

  @Inject StanceRepository repository;
  @Inject PersonService people;
  @Inject CountryService countries;
  @Inject OrganizationService organizations;

  public Page<Stance> stances(StanceFilter filter, StanceOrder order, PageRequest request) {
    return repository
        .page(
            StanceCriteria.of(filter),
            (order == null ? StanceOrder.DEFAULT : order).sorting(),
            request)
        .map(Stance::from);
  }

  /** A page of the stances each of these parties holds, by party key. */
  public Map<Long, Page<Stance>> heldBy(Collection<Long> partyKeys, PageRequest request) {
    return mapPages(repository.pageByHolders(partyKeys, request), Stance::from);
  }

  /** A page of the stances about each of these events, by event key. */
  public Map<Long, Page<Stance>> aboutEvents(Collection<Long> eventKeys, PageRequest request) {
    return mapPages(repository.pageByEvents(eventKeys, request), Stance::from);
  }

  /** A page of the stances about each of these agreements, by agreement key. */
  public Map<Long, Page<Stance>> aboutAgreements(
      Collection<Long> agreementKeys, PageRequest request) {
    return mapPages(repository.pageByAgreements(agreementKeys, request), Stance::from);
  }

  /**
   * The named holders of each of these stances, in order, by stance key; stances with none are
   * absent. One statement for the holder rows, then one per kind of party among them.
   */
  public Map<Long, List<Party>> holders(Collection<Long> stanceKeys) {
    List<Object[]> rows = repository.holders(stanceKeys);
    Map<Long, ? extends Party> persons = people.byKeys(column(rows, 1));
    Map<Long, ? extends Party> states = countries.byKeys(column(rows, 2));
    Map<Long, ? extends Party> bodies = organizations.byKeys(column(rows, 3));
    Map<Long, List<Party>> holders = new HashMap<>();
    for (Object[] row : rows) {
      Party party =
          row[1] != null
              ? persons.get(key(row[1]))
              : row[2] != null ? states.get(key(row[2])) : bodies.get(key(row[3]));
      holders.computeIfAbsent(key(row[0]), stance -> new ArrayList<>()).add(party);
    }
    return holders;
  }

  /** The stances with these keys, by key; unknown keys are absent. */
  public Map<Long, Stance> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Stance::from)
        .collect(Collectors.toMap(Stance::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Stance.TYPE;
  }

  @Override
  public Map<Long, Stance> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }

  private static List<Long> column(List<Object[]> rows, int index) {
    return rows.stream()
        .map(row -> row[index])
        .filter(Objects::nonNull)
        .map(StanceService::key)
        .distinct()
        .toList();
  }

  private static Long key(Object value) {
    return ((Number) value).longValue();
  }

  private static <E> Map<Long, Page<Stance>> mapPages(
      Map<Long, Page<E>> pages, Function<E, Stance> mapper) {
    Map<Long, Page<Stance>> mapped = new HashMap<>();
    pages.forEach((parent, page) -> mapped.put(parent, page.map(mapper)));
    return mapped;
  }
}
