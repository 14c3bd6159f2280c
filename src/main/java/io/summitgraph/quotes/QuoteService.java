package io.summitgraph.quotes;

import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.organizations.Organization;
import io.summitgraph.organizations.OrganizationService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class QuoteService implements NodeLoader {

  @Inject QuoteRepository repository;
  @Inject OrganizationService organizations;

  public Page<Quote> quotes(QuoteFilter filter, QuoteOrder order, PageRequest request) {
    return repository
        .page(
            QuoteCriteria.of(filter),
            (order == null ? QuoteOrder.DEFAULT : order).sorting(),
            request)
        .map(Quote::from);
  }

  /** A page of what each of these people said, by person key. */
  public Map<Long, Page<Quote>> saidBy(Collection<Long> personKeys, PageRequest request) {
    return mapPages(repository.pageBySpeakers(personKeys, request), Quote::from);
  }

  /** A page of the quotes said for each of these organizations, by organization key. */
  public Map<Long, Page<Quote>> saidFor(Collection<Long> organizationKeys, PageRequest request) {
    return mapPages(repository.pageByOrganizations(organizationKeys, request), Quote::from);
  }

  /** A page of the quotes said on each of these events, by event key. */
  public Map<Long, Page<Quote>> saidOn(Collection<Long> eventKeys, PageRequest request) {
    return mapPages(repository.pageByOccasions(eventKeys, request), Quote::from);
  }

  /** A page of the quotes each of these outlets relayed, by organization key. */
  public Map<Long, Page<Quote>> relayedBy(Collection<Long> organizationKeys, PageRequest request) {
    return mapPages(repository.pageByOutlets(organizationKeys, request), Quote::from);
  }

  /**
   * The chain of outlets each of these quotes came through, in order, by quote key; quotes with no
   * chain are absent. Two statements for all: the chains, then their organizations.
   */
  public Map<Long, List<Organization>> reportedVia(Collection<Long> quoteKeys) {
    Map<Long, List<Long>> chains = new LinkedHashMap<>();
    for (Object[] row : repository.reportingChains(quoteKeys)) {
      chains
          .computeIfAbsent(((Number) row[0]).longValue(), quote -> new ArrayList<>())
          .add(((Number) row[1]).longValue());
    }
    Map<Long, Organization> outlets =
        organizations.byKeys(chains.values().stream().flatMap(List::stream).distinct().toList());
    Map<Long, List<Organization>> result = new HashMap<>();
    chains.forEach((quote, chain) -> result.put(quote, chain.stream().map(outlets::get).toList()));
    return result;
  }

  /** The quotes with these keys, by key; unknown keys are absent. */
  public Map<Long, Quote> byKeys(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Quote::from)
        .collect(Collectors.toMap(Quote::key, Function.identity()));
  }

  @Override
  public String nodeType() {
    return Quote.TYPE;
  }

  @Override
  public Map<Long, Quote> loadNodes(Collection<Long> keys) {
    return byKeys(keys);
  }

  private static <E> Map<Long, Page<Quote>> mapPages(
      Map<Long, Page<E>> pages, Function<E, Quote> mapper) {
    Map<Long, Page<Quote>> mapped = new HashMap<>();
    pages.forEach((parent, page) -> mapped.put(parent, page.map(mapper)));
    return mapped;
  }
}
