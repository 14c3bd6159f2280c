package io.summitgraph.events;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.countries.Country;
import io.summitgraph.countries.CountryService;
import io.summitgraph.locations.Location;
import io.summitgraph.locations.LocationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EventService implements NodeLoader {

  /** Earliest first, undated last, then by key: the order of every unpaged list of events. */
  static final Comparator<Event> CHRONOLOGICAL =
      Comparator.comparing(
              (Event e) -> e.date() == null ? null : e.date().start,
              Comparator.nullsLast(Comparator.naturalOrder()))
          .thenComparingLong(Event::key);

  @Inject EventRepository repository;
  @Inject LocationService locationService;
  @Inject CountryService countryService;

  public Page<Event> events(EventFilter filter, EventOrder order, PageRequest request) {
    return repository
        .page(
            EventCriteria.of(filter),
            (order == null ? EventOrder.BY_DATE : order).sorting(),
            request)
        .map(Event::from);
  }

  /** {@link #events} as SQL for the compiled read path. */
  PageQuery eventsQuery(EventFilter filter, EventOrder order, PageRequest request) {
    return repository.query(
        EventCriteria.of(filter), (order == null ? EventOrder.BY_DATE : order).sorting(), request);
  }

  /** {@link #summits} as SQL for the compiled read path. */
  PageQuery summitsQuery(EventFilter filter, EventOrder order, PageRequest request) {
    return repository.query(
        EventCriteria.of(filter).requiring(EventKind.SUMMIT),
        (order == null ? EventOrder.BY_SUMMIT_SEQUENCE : order).sorting(),
        request);
  }

  /** Summits only, by their number in the series unless ordered otherwise. */
  public Page<Event> summits(EventFilter filter, EventOrder order, PageRequest request) {
    return repository
        .page(
            EventCriteria.of(filter).requiring(EventKind.SUMMIT),
            (order == null ? EventOrder.BY_SUMMIT_SEQUENCE : order).sorting(),
            request)
        .map(Event::from);
  }

  /** The events with these keys, by key; unknown keys are absent. */
  public Map<Long, Event> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Event::from)
        .collect(Collectors.toMap(Event::key, Function.identity()));
  }

  /** The follow-ups of each event, by the key of the event they follow up, earliest first. */
  public Map<Long, List<Event>> followUps(Collection<Long> eventKeys) {
    return repository.findFollowUps(eventKeys).stream()
        .map(Event::from)
        .sorted(CHRONOLOGICAL)
        .collect(Collectors.groupingBy(Event::followUpOfKey));
  }

  /** The locations with these keys, by key. */
  public Map<Long, Location> locations(Collection<Long> locationKeys) {
    return locationService.byKeys(locationKeys);
  }

  /**
   * The country of each event, by event key: its own, or else its location's. Locations are read
   * only for events that have no country of their own.
   */
  public Map<Long, Country> countries(Collection<Event> events) {
    List<Event> placedOnly =
        events.stream().filter(e -> e.countryKey() == null && e.locationKey() != null).toList();
    Map<Long, Location> locations =
        placedOnly.isEmpty()
            ? Map.of()
            : locationService.byKeys(Batches.keys(placedOnly, Event::locationKey));
    Map<Long, Long> countryOfEvent = new HashMap<>();
    for (Event event : events) {
      Long country = event.countryKey();
      if (country == null && event.locationKey() != null) {
        Location location = locations.get(event.locationKey());
        country = location == null ? null : location.countryKey();
      }
      if (country != null) {
        countryOfEvent.put(event.key(), country);
      }
    }
    Map<Long, Country> countries = countryService.byKeys(Set.copyOf(countryOfEvent.values()));
    Map<Long, Country> byEvent = new HashMap<>();
    countryOfEvent.forEach((event, country) -> byEvent.put(event, countries.get(country)));
    return byEvent;
  }

  /** A page of events per country (the event's own or its location's), earliest first. */
  public Map<Long, Page<Event>> eventsInCountries(
      Collection<Long> countryKeys, PageRequest request) {
    return mapPages(repository.pageByCountry(countryKeys, request));
  }

  /** A page of events per location, counting events at places inside it, earliest first. */
  public Map<Long, Page<Event>> eventsAtLocations(
      Collection<Long> locationKeys, PageRequest request) {
    return mapPages(repository.pageByLocation(locationKeys, request));
  }

  private static Map<Long, Page<Event>> mapPages(Map<Long, Page<ListedEventEntity>> pages) {
    Map<Long, Page<Event>> mapped = new HashMap<>();
    pages.forEach((parent, page) -> mapped.put(parent, page.map(Event::from)));
    return mapped;
  }

  @Override
  public String nodeType() {
    return Event.TYPE;
  }

  @Override
  public Map<Long, Event> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
