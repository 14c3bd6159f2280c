package io.summitgraph.organizations;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganizationConnection")
@Description("A page of organizations.")
public class OrganizationConnection extends Connection<Organization> {

  public OrganizationConnection(Page<Organization> page) {
    super(page);
  }

  @NonNull
  @Description("The organizations of this page, each with its cursor.")
  public List<@NonNull OrganizationEdge> getEdges() {
    return edges(OrganizationEdge::new);
  }

  @NonNull
  @Description("The organizations of this page, without cursors.")
  public List<@NonNull Organization> getNodes() {
    return page.items();
  }

  @Type("OrganizationEdge")
  @Description("An organization in a page, with its cursor.")
  public record OrganizationEdge(
      @NonNull @Description("Pass as after/before to page from this organization.") String cursor,
      @NonNull @Description("The organization.") Organization node) {}
}
