package io.summitgraph.agreements;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.events.Event;
import io.summitgraph.events.EventService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class AgreementService implements NodeLoader {

  @Inject AgreementRepository repository;
  @Inject EventService eventService;

  public Page<Agreement> agreements(
      AgreementFilter filter, AgreementOrder order, PageRequest request) {
    return repository
        .page(
            AgreementCriteria.of(filter),
            (order == null ? AgreementOrder.DEFAULT : order).sorting(),
            request)
        .map(Agreement::from);
  }

  /** The agreements with these keys, by key; unknown keys are absent. */
  public Map<Long, Agreement> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Agreement::from)
        .collect(Collectors.toMap(Agreement::key, Function.identity()));
  }

  /** The agreements reached at each event, by event key, in recorded order. */
  public Map<Long, List<Agreement>> atEvents(Collection<Long> eventKeys) {
    return repository.findByEvents(eventKeys).stream()
        .map(Agreement::from)
        .sorted(Comparator.comparingLong(Agreement::key))
        .collect(Collectors.groupingBy(Agreement::eventKey));
  }

  /** The events with these keys, by key. */
  public Map<Long, Event> events(Collection<Long> eventKeys) {
    return eventService.byKeys(eventKeys);
  }

  @Override
  public String nodeType() {
    return Agreement.TYPE;
  }

  @Override
  public Map<Long, Agreement> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
