package io.summitgraph.stances;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StanceConnection")
@Description("A page of stances.")
public class StanceConnection extends Connection<Stance> {

  public StanceConnection(Page<Stance> page) {
    super(page);
  }

  @NonNull
  @Description("The stances of this page, each with its cursor.")
  public List<@NonNull StanceEdge> getEdges() {
    return edges(StanceEdge::new);
  }

  @NonNull
  @Description("The stances of this page, without cursors.")
  public List<@NonNull Stance> getNodes() {
    return page.items();
  }

  @Type("StanceEdge")
  @Description("A stance in a page, with its cursor.")
  public record StanceEdge(
      @NonNull @Description("Pass as after/before to page from this stance.") String cursor,
      @NonNull @Description("The stance.") Stance node) {}
}
