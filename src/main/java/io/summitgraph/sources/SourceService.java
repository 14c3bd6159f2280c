package io.summitgraph.sources;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class SourceService implements NodeLoader {

  @Inject SourceRepository repository;

  /** The sources with these keys, by key; unknown keys are absent. */
  public Map<Long, Source> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Source::from)
        .collect(Collectors.toMap(Source::key, Function.identity()));
  }

  public Page<Source> sources(SourceFilter filter, SourceOrder order, PageRequest request) {
    return repository
        .page(
            SourceCriteria.of(filter),
            (order == null ? SourceOrder.DEFAULT : order).sorting(),
            request)
        .map(Source::from);
  }

  /** The sources each person wrote, by person key. */
  public Map<Long, List<Source>> byAuthors(Collection<Long> personKeys) {
    return repository.findByAuthors(personKeys).stream()
        .map(Source::from)
        .collect(Collectors.groupingBy(Source::authorKey));
  }

  /** The sources each organization published, by organization key. */
  public Map<Long, List<Source>> byPublishers(Collection<Long> organizationKeys) {
    return repository.findByPublishers(organizationKeys).stream()
        .map(Source::from)
        .collect(Collectors.groupingBy(Source::publisherKey));
  }

  @Override
  public String nodeType() {
    return Source.TYPE;
  }

  @Override
  public Map<Long, Source> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
