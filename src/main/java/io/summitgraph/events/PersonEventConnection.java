package io.summitgraph.events;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonEventConnection")
@Description("A page of the events a person took part in, each with the part they played.")
public class PersonEventConnection extends Connection<PersonEvent> {

  PersonEventConnection(Page<PersonEvent> page) {
    super(page);
  }

  @NonNull
  @Description("The events of this page, each with the person's part and a cursor.")
  public List<@NonNull PersonEventEdge> getEdges() {
    return edges(
        (cursor, item) ->
            new PersonEventEdge(
                cursor,
                item.participation().role(),
                item.participation().capacity(),
                item.participation(),
                item.event()));
  }

  @NonNull
  @Description("The events of this page, without the person's part or cursors.")
  public List<@NonNull Event> getNodes() {
    return page.items().stream().map(PersonEvent::event).toList();
  }

  @Type("PersonEventEdge")
  @Description("An event a person took part in, with the part they played and a cursor.")
  public record PersonEventEdge(
      @NonNull @Description("Pass as after to page from this event.") String cursor,
      @NonNull @Description("The part the person played.") ParticipantRole role,
      @Description("The capacity in which the person took part, e.g. U.S. Secretary of State.")
          String capacity,
      @NonNull @Description("The participation itself, a fact with its own citations.")
          Participation participation,
      @NonNull @Description("The event.") Event node) {}
}
