package io.summitgraph.events;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.people.Person;
import io.summitgraph.people.PersonService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ParticipationService implements NodeLoader {

  @Inject ParticipationRepository repository;
  @Inject EventRepository eventRepository;
  @Inject PersonService personService;

  /** The participations with these keys, by key; unknown keys are absent. */
  public Map<Long, Participation> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Participation::from)
        .collect(Collectors.toMap(Participation::key, Function.identity()));
  }

  /** A page of participations per event, in the order the sources name the participants. */
  public Map<Long, Page<Participation>> participants(
      Collection<Long> eventKeys, PageRequest request) {
    Map<Long, Page<Participation>> pages = new HashMap<>();
    repository
        .pageByEvent(eventKeys, request)
        .forEach((event, page) -> pages.put(event, page.map(Participation::from)));
    return pages;
  }

  /** A page per person of the events they took part in, earliest first, with their part. */
  Map<Long, Page<PersonEvent>> eventsOfPeople(
      Collection<Long> personKeys, EventFilter filter, PageRequest request) {
    Map<Long, Page<PersonEvent>> pages = new HashMap<>();
    eventRepository
        .pageByParticipant(personKeys, EventCriteria.of(filter), request)
        .forEach((person, page) -> pages.put(person, page.map(PersonEvent::from)));
    return pages;
  }

  /** The people with these keys, by key. */
  public Map<Long, Person> people(Collection<Long> personKeys) {
    return personService.byKeys(personKeys);
  }

  @Override
  public String nodeType() {
    return Participation.TYPE;
  }

  @Override
  public Map<Long, Participation> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
