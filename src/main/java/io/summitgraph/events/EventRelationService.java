package io.summitgraph.events;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class EventRelationService implements NodeLoader {

  @Inject EventRelationRepository repository;

  /** The relations joining each event, either way, in recorded order, by event key. */
  public Map<Long, List<EventRelation>> byEvents(
      Collection<Long> eventKeys, List<EventRelationKind> kinds) {
    List<EventRelation> relations =
        repository.findByEvents(eventKeys, kinds).stream().map(EventRelation::from).toList();
    return eventKeys.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                Function.identity(),
                event -> relations.stream().filter(r -> r.involves(event)).toList()));
  }

  @Override
  public String nodeType() {
    return EventRelation.TYPE;
  }

  @Override
  public Map<Long, EventRelation> loadNodes(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(EventRelation::from)
        .collect(Collectors.toMap(EventRelation::key, Function.identity()));
  }
}
