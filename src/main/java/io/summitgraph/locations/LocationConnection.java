package io.summitgraph.locations;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LocationConnection")
@Description("A page of locations.")
public class LocationConnection extends Connection<Location> {

  public LocationConnection(Page<Location> page) {
    super(page);
  }

  @NonNull
  @Description("The locations of this page, each with its cursor.")
  public List<@NonNull LocationEdge> getEdges() {
    return edges(LocationEdge::new);
  }

  @NonNull
  @Description("The locations of this page, without cursors.")
  public List<@NonNull Location> getNodes() {
    return page.items();
  }

  @Type("LocationEdge")
  @Description("A location in a page, with its cursor.")
  public record LocationEdge(
      @NonNull @Description("Pass as after/before to page from this location.") String cursor,
      @NonNull @Description("The location.") Location node) {}
}
