package io.summitgraph.sources;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CitationConnection")
@Description("A page of citations.")
public class CitationConnection extends Connection<Citation> {

  public CitationConnection(Page<Citation> page) {
    super(page);
  }

  @NonNull
  @Description("The citations of this page, each with its cursor.")
  public List<@NonNull CitationEdge> getEdges() {
    return edges(CitationEdge::new);
  }

  @NonNull
  @Description("The citations of this page, without cursors.")
  public List<@NonNull Citation> getNodes() {
    return page.items();
  }

  @Type("CitationEdge")
  @Description("A citation in a page, with its cursor.")
  public record CitationEdge(
      @NonNull @Description("Pass as after/before to page from this citation.") String cursor,
      @NonNull @Description("The citation.") Citation node) {}
}
