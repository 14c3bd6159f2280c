package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CommitmentConnection")
@Description("A page of commitments.")
public class CommitmentConnection extends Connection<Commitment> {

  public CommitmentConnection(Page<Commitment> page) {
    super(page);
  }

  @NonNull
  @Description("The commitments of this page, each with its cursor.")
  public List<@NonNull CommitmentEdge> getEdges() {
    return edges(CommitmentEdge::new);
  }

  @NonNull
  @Description("The commitments of this page, without cursors.")
  public List<@NonNull Commitment> getNodes() {
    return page.items();
  }

  @Type("CommitmentEdge")
  @Description("A commitment in a page, with its cursor.")
  public record CommitmentEdge(
      @NonNull @Description("Pass as after/before to page from this commitment.") String cursor,
      @NonNull @Description("The commitment.") Commitment node) {}
}
