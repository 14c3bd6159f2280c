package io.summitgraph.common.graphql;

import io.summitgraph.common.paging.Page;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * Shared part of every connection type. Each concrete connection (one GraphQL type per node type,
 * so the schema names stay clean) adds its {@code edges} and {@code nodes}.
 */
public abstract class Connection<N> {

  protected final Page<N> page;

  protected Connection(Page<N> page) {
    this.page = page;
  }

  @NonNull
  @Description("Where this page sits in the list.")
  public PageInfo getPageInfo() {
    return PageInfo.of(page);
  }

  @NonNull
  @Description("Number of items in the whole list, across all pages.")
  public int getTotalCount() {
    // Resolvers count only when totalCount is selected, so it is present whenever this runs.
    return Math.toIntExact(page.total());
  }

  /** Builds the edges of this page, pairing each item with its cursor. */
  protected <E> List<E> edges(BiFunction<String, N, E> edge) {
    return IntStream.range(0, page.items().size())
        .mapToObj(i -> edge.apply(page.cursors().get(i), page.items().get(i)))
        .toList();
  }
}
