package io.summitgraph.inferences;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("InferenceConnection")
@Description("A page of inferences.")
public class InferenceConnection extends Connection<Inference> {

  public InferenceConnection(Page<Inference> page) {
    super(page);
  }

  @NonNull
  @Description("The inferences of this page, each with its cursor.")
  public List<@NonNull InferenceEdge> getEdges() {
    return edges(InferenceEdge::new);
  }

  @NonNull
  @Description("The inferences of this page, without cursors.")
  public List<@NonNull Inference> getNodes() {
    return page.items();
  }

  @Type("InferenceEdge")
  @Description("An inference in a page, with its cursor.")
  public record InferenceEdge(
      @NonNull @Description("Pass as after to page from this inference.") String cursor,
      @NonNull @Description("The inference.") Inference node) {}
}
