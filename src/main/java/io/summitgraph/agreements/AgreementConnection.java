package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AgreementConnection")
@Description("A page of agreements.")
public class AgreementConnection extends Connection<Agreement> {

  public AgreementConnection(Page<Agreement> page) {
    super(page);
  }

  @NonNull
  @Description("The agreements of this page, each with its cursor.")
  public List<@NonNull AgreementEdge> getEdges() {
    return edges(AgreementEdge::new);
  }

  @NonNull
  @Description("The agreements of this page, without cursors.")
  public List<@NonNull Agreement> getNodes() {
    return page.items();
  }

  @Type("AgreementEdge")
  @Description("An agreement in a page, with its cursor.")
  public record AgreementEdge(
      @NonNull @Description("Pass as after/before to page from this agreement.") String cursor,
      @NonNull @Description("The agreement.") Agreement node) {}
}
