package io.summitgraph.events;

import io.summitgraph.common.graphql.NodeLoader;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class ParticipationService implements NodeLoader {

  @Inject ParticipationRepository repository;

  /** The participations with these keys, by key; unknown keys are absent. */
  public Map<Long, Participation> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Participation::from)
        .collect(Collectors.toMap(Participation::key, Function.identity()));
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
