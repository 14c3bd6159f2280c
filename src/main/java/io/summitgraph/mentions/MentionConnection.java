package io.summitgraph.mentions;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("MentionConnection")
@Description("A page of mentions.")
public class MentionConnection extends Connection<Mention> {

  public MentionConnection(Page<Mention> page) {
    super(page);
  }

  @NonNull
  @Description("The mentions of this page, each with its cursor.")
  public List<@NonNull MentionEdge> getEdges() {
    return edges(MentionEdge::new);
  }

  @NonNull
  @Description("The mentions of this page, without cursors.")
  public List<@NonNull Mention> getNodes() {
    return page.items();
  }

  @Type("MentionEdge")
  @Description("A mention in a page, with its cursor.")
  public record MentionEdge(
      @NonNull @Description("Pass as after to page from this mention.") String cursor,
      @NonNull @Description("The mention.") Mention node) {}
}
