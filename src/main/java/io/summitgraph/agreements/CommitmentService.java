package io.summitgraph.agreements;

import io.summitgraph.agreements.CommitmentRepository.LocationLink;
import io.summitgraph.agreements.CommitmentRepository.Parented;
import io.summitgraph.agreements.CommitmentRepository.PartyLink;
import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.countries.CountryService;
import io.summitgraph.locations.Location;
import io.summitgraph.locations.LocationService;
import io.summitgraph.organizations.OrganizationService;
import io.summitgraph.people.Person;
import io.summitgraph.people.PersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CommitmentService implements NodeLoader {

  @Inject CommitmentRepository repository;
  @Inject PersonService personService;
  @Inject CountryService countryService;
  @Inject OrganizationService organizationService;
  @Inject LocationService locationService;

  public Page<Commitment> commitments(
      CommitmentFilter filter, CommitmentOrder order, PageRequest request) {
    return repository
        .page(
            CommitmentCriteria.of(filter),
            (order == null ? CommitmentOrder.DEFAULT : order).sorting(),
            request)
        .map(Commitment::from);
  }

  /** The commitments with these keys, by key; unknown keys are absent. */
  public Map<Long, Commitment> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Commitment::from)
        .collect(Collectors.toMap(Commitment::key, Function.identity()));
  }

  /** The commitments of each agreement, by agreement key, in recorded order. */
  public Map<Long, List<Commitment>> ofAgreements(Collection<Long> agreementKeys) {
    return repository.findByAgreements(agreementKeys).stream()
        .map(Commitment::from)
        .collect(Collectors.groupingBy(Commitment::agreementKey));
  }

  /** The commitments each person announced, by person key, in recorded order. */
  public Map<Long, List<Commitment>> announcedBy(Collection<Long> personKeys) {
    return repository.findAnnouncedBy(personKeys).stream()
        .map(Commitment::from)
        .collect(Collectors.groupingBy(Commitment::announcedByKey));
  }

  /** The commitments binding each person, by person key, in recorded order. */
  public Map<Long, List<Commitment>> bindingPeople(Collection<Long> personKeys) {
    return byParent(repository.findByParties(PartyKind.PERSON, personKeys));
  }

  /** The commitments binding each country, by country key, in recorded order. */
  public Map<Long, List<Commitment>> bindingCountries(Collection<Long> countryKeys) {
    return byParent(repository.findByParties(PartyKind.COUNTRY, countryKeys));
  }

  /** The commitments binding each organization, by organization key, in recorded order. */
  public Map<Long, List<Commitment>> bindingOrganizations(Collection<Long> organizationKeys) {
    return byParent(repository.findByParties(PartyKind.ORGANIZATION, organizationKeys));
  }

  /**
   * The commitments about each location or a place inside it, by location key, in recorded order.
   */
  public Map<Long, List<Commitment>> aboutLocations(Collection<Long> locationKeys) {
    return byParent(repository.findByLocations(locationKeys));
  }

  /**
   * The parties of each commitment, by commitment key, in position order. One query for the links,
   * then one per kind of party present.
   */
  public Map<Long, List<Party>> parties(Collection<Long> commitmentKeys) {
    List<PartyLink> links = repository.findParties(commitmentKeys);
    Map<PartyKind, List<Long>> keysByKind = new EnumMap<>(PartyKind.class);
    for (PartyLink link : links) {
      keysByKind.computeIfAbsent(link.kind(), k -> new ArrayList<>()).add(link.partyKey());
    }
    Map<PartyKind, Map<Long, ? extends Party>> loaded = new EnumMap<>(PartyKind.class);
    keysByKind.forEach(
        (kind, keys) ->
            loaded.put(
                kind,
                switch (kind) {
                  case PERSON -> personService.byKeys(keys);
                  case COUNTRY -> countryService.byKeys(keys);
                  case ORGANIZATION -> organizationService.byKeys(keys);
                }));
    Map<Long, List<Party>> parties = new LinkedHashMap<>();
    for (PartyLink link : links) {
      Party party = loaded.get(link.kind()).get(link.partyKey());
      if (party != null) {
        parties.computeIfAbsent(link.commitmentKey(), k -> new ArrayList<>()).add(party);
      }
    }
    return parties;
  }

  /** The locations each commitment is about, by commitment key. */
  public Map<Long, List<Location>> locations(Collection<Long> commitmentKeys) {
    List<LocationLink> links = repository.findLocations(commitmentKeys);
    Map<Long, Location> locations =
        locationService.byKeys(links.stream().map(LocationLink::locationKey).distinct().toList());
    Map<Long, List<Location>> byCommitment = new HashMap<>();
    for (LocationLink link : links) {
      Location location = locations.get(link.locationKey());
      if (location != null) {
        byCommitment.computeIfAbsent(link.commitmentKey(), k -> new ArrayList<>()).add(location);
      }
    }
    return byCommitment;
  }

  /** The people with these keys, by key. */
  public Map<Long, Person> people(Collection<Long> personKeys) {
    return personService.byKeys(personKeys);
  }

  private static Map<Long, List<Commitment>> byParent(List<Parented> rows) {
    return rows.stream()
        .collect(
            Collectors.groupingBy(
                Parented::parentKey,
                Collectors.mapping(row -> Commitment.from(row.commitment()), Collectors.toList())));
  }

  @Override
  public String nodeType() {
    return Commitment.TYPE;
  }

  @Override
  public Map<Long, Commitment> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
