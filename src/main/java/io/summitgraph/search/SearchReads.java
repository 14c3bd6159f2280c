package io.summitgraph.search;

import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.platform.compiler.Arguments;
import io.summitgraph.platform.compiler.PreparedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How the compiled read path serves {@code search} (platform/compiler): the page is chosen as the
 * resolver chooses it ({@link SearchService#page}: the kept ranking, its snippets), on the worker
 * just before the statement runs; the statement reads the page's nodes through their types' read
 * models, and counts the total when the ranking does not hold every match.
 */
@ApplicationScoped
class SearchReads implements ReadModel {

  @Inject SearchService service;

  @Override
  public List<TypeReads> types() {
    return List.of();
  }

  @Override
  public Map<String, PreparedRead> preparedRoots() {
    return Map.of(
        "search",
        PreparedRead.of(this::plan)
            .nodeTypes(
                Arrays.stream(SearchKind.values())
                    .map(kind -> kind.nodeType)
                    .collect(Collectors.toSet()))
            .edge("rank", "double precision")
            .edge("snippet", "text"));
  }

  /** Checks the input while compiling: bad input leaves the field to the resolver. */
  private PreparedRead.Plan plan(Arguments arguments, Set<String> edgeFields, boolean countTotal) {
    List<String> kinds = arguments.names("kinds");
    SearchService.Plan plan =
        service.plan(
            arguments.string("query"),
            kinds == null ? null : kinds.stream().map(SearchKind::valueOf).toList(),
            PageRequest.forward(arguments.integer("first"), null, countTotal),
            arguments.string("after"));
    boolean snippets = edgeFields.contains("snippet");
    return new PreparedRead.Plan(
        SearchRepository.countQuery(plan.kinds()),
        Map.of("query", plan.query()),
        () -> page(plan, service.page(plan, snippets)));
  }

  private static PreparedRead.Page page(SearchService.Plan plan, SearchService.RankedPage page) {
    List<RankedMatch> matches = page.matches();
    return new PreparedRead.Page(
        matches.stream().map(match -> match.kind().nodeType).toArray(String[]::new),
        matches.stream().map(RankedMatch::key).toArray(Long[]::new),
        page.cursors().toArray(String[]::new),
        Map.of(
            // As the resolvers write a float: through its decimal text (graphql-java's Float).
            "rank",
                matches.stream()
                    .map(match -> Double.valueOf(Float.toString(match.rank())))
                    .toArray(Double[]::new),
            "snippet",
                matches.stream()
                    .map(match -> page.snippets().get(match.key()))
                    .toArray(String[]::new)),
        page.more(),
        plan.after() != null,
        page.total());
  }
}
