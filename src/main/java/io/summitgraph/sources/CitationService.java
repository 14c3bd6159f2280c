package io.summitgraph.sources;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.graphql.NodeRegistry;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.facts.FactKind;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class CitationService implements NodeLoader {

  /**
   * The GraphQL type of each kind of fact, as the database names the kinds (after their tables).
   */
  @Inject CitationRepository repository;

  @Inject NodeRegistry nodes;

  public Map<Long, Citation> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Citation::from)
        .collect(Collectors.toMap(Citation::key, Function.identity()));
  }

  /** The citations of each fact, by fact key. */
  public Map<Long, List<Citation>> byFacts(Collection<Long> factKeys) {
    return repository.findByFacts(factKeys).stream()
        .map(Citation::from)
        .collect(Collectors.groupingBy(Citation::factKey));
  }

  public Map<Long, Page<Citation>> bySources(Collection<Long> sourceKeys, PageRequest request) {
    Map<Long, Page<Citation>> pages = new HashMap<>();
    repository
        .pageBySource(sourceKeys, request)
        .forEach((key, page) -> pages.put(key, page.map(Citation::from)));
    return pages;
  }

  /**
   * The facts with these keys, whatever their kind: one query for the kinds, then one per kind
   * present.
   */
  public Map<Long, Fact> facts(Collection<Long> factKeys) {
    Map<String, List<Long>> keysByType =
        repository.factKinds(factKeys).entrySet().stream()
            .collect(
                Collectors.groupingBy(
                    entry -> FactKind.ofTable(entry.getValue()).orElseThrow().graphQLType(),
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    Map<Long, Fact> facts = new HashMap<>();
    keysByType.forEach(
        (type, keys) -> nodes.load(type, keys).forEach((key, node) -> facts.put(key, (Fact) node)));
    return facts;
  }

  /** Organization keys each citation names as the way its source learned the fact, in order. */
  public Map<Long, List<Long>> reportedVia(Collection<Long> citationKeys) {
    return repository.reportedVia(citationKeys);
  }

  /** The citations each organization is named in as a reporting outlet, by organization key. */
  public Map<Long, List<Citation>> reportedBy(Collection<Long> organizationKeys) {
    Map<Long, List<Citation>> byOrganization = new HashMap<>();
    repository
        .findReportedVia(organizationKeys)
        .forEach(
            (key, rows) -> byOrganization.put(key, rows.stream().map(Citation::from).toList()));
    return byOrganization;
  }

  @Override
  public String nodeType() {
    return Citation.TYPE;
  }

  @Override
  public Map<Long, ? extends Node> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }
}
