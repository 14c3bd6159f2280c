package io.summitgraph.sanctions;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SanctionConnection")
@Description("A page of sanctions.")
public class SanctionConnection extends Connection<Sanction> {

  public SanctionConnection(Page<Sanction> page) {
    super(page);
  }

  @NonNull
  @Description("The sanctions of this page, each with its cursor.")
  public List<@NonNull SanctionEdge> getEdges() {
    return edges(SanctionEdge::new);
  }

  @NonNull
  @Description("The sanctions of this page, without cursors.")
  public List<@NonNull Sanction> getNodes() {
    return page.items();
  }

  @Type("SanctionEdge")
  @Description("A sanction in a page, with its cursor.")
  public record SanctionEdge(
      @NonNull @Description("Pass as after/before to page from this sanction.") String cursor,
      @NonNull @Description("The sanction.") Sanction node) {}
}
