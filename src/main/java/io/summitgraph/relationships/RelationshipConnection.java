package io.summitgraph.relationships;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RelationshipConnection")
@Description("A page of relationships.")
public class RelationshipConnection extends Connection<Relationship> {

  public RelationshipConnection(Page<Relationship> page) {
    super(page);
  }

  @NonNull
  @Description("The relationships of this page, each with its cursor.")
  public List<@NonNull RelationshipEdge> getEdges() {
    return edges(RelationshipEdge::new);
  }

  @NonNull
  @Description("The relationships of this page, without cursors.")
  public List<@NonNull Relationship> getNodes() {
    return page.items();
  }

  @Type("RelationshipEdge")
  @Description("A relationship in a page, with its cursor.")
  public record RelationshipEdge(
      @NonNull @Description("Pass as after/before to page from this relationship.") String cursor,
      @NonNull @Description("The relationship.") Relationship node) {}
}
