package io.summitgraph.disputes;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DisputeConnection")
@Description("A page of disputes.")
public class DisputeConnection extends Connection<Dispute> {

  public DisputeConnection(Page<Dispute> page) {
    super(page);
  }

  @NonNull
  @Description("The disputes of this page, each with its cursor.")
  public List<@NonNull DisputeEdge> getEdges() {
    return edges(DisputeEdge::new);
  }

  @NonNull
  @Description("The disputes of this page, without cursors.")
  public List<@NonNull Dispute> getNodes() {
    return page.items();
  }

  @Type("DisputeEdge")
  @Description("A dispute in a page, with its cursor.")
  public record DisputeEdge(
      @NonNull @Description("Pass as after to page from this dispute.") String cursor,
      @NonNull @Description("The dispute.") Dispute node) {}
}
