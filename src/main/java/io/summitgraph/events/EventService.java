package io.summitgraph.events;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EventService implements NodeLoader {

  @Inject EventRepository repository;

  /** The events with these keys, by key; unknown keys are absent. */
  public Map<Long, Event> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Event::from)
        .collect(Collectors.toMap(Event::key, Function.identity()));
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
