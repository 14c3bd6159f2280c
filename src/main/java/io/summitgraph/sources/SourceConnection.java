package io.summitgraph.sources;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceConnection")
@Description("A page of sources.")
public class SourceConnection extends Connection<Source> {

  public SourceConnection(Page<Source> page) {
    super(page);
  }

  @NonNull
  @Description("The sources of this page, each with its cursor.")
  public List<@NonNull SourceEdge> getEdges() {
    return edges(SourceEdge::new);
  }

  @NonNull
  @Description("The sources of this page, without cursors.")
  public List<@NonNull Source> getNodes() {
    return page.items();
  }

  @Type("SourceEdge")
  @Description("A source in a page, with its cursor.")
  public record SourceEdge(
      @NonNull @Description("Pass as after/before to page from this source.") String cursor,
      @NonNull @Description("The source.") Source node) {}
}
