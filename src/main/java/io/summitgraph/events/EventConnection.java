package io.summitgraph.events;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventConnection")
@Description("A page of events.")
public class EventConnection extends Connection<Event> {

  public EventConnection(Page<Event> page) {
    super(page);
  }

  @NonNull
  @Description("The events of this page, each with its cursor.")
  public List<@NonNull EventEdge> getEdges() {
    return edges(EventEdge::new);
  }

  @NonNull
  @Description("The events of this page, without cursors.")
  public List<@NonNull Event> getNodes() {
    return page.items();
  }

  @Type("EventEdge")
  @Description("An event in a page, with its cursor.")
  public record EventEdge(
      @NonNull @Description("Pass as after/before to page from this event.") String cursor,
      @NonNull @Description("The event.") Event node) {}
}
