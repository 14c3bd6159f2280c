package io.summitgraph.search;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SearchConnection")
@Description("A page of search results, best match first.")
public class SearchConnection extends Connection<SearchResult> {

  public SearchConnection(Page<SearchResult> page) {
    super(page);
  }

  @NonNull
  @Description(
      "The results of this page; each edge is a result with its cursor, node, rank and snippet.")
  public List<@NonNull SearchResult> getEdges() {
    return page.items();
  }
}
