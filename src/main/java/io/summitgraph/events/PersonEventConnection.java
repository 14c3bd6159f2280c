package io.summitgraph.events;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import java.util.stream.IntStream;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonEventConnection")
@Description("A page of the events a person took part in, each with the part they played.")
// Paged by edge: SmallRye publishes a connection's item type, and the internal PersonEvent is not a
// GraphQL type.
public class PersonEventConnection extends Connection<PersonEventConnection.PersonEventEdge> {

  PersonEventConnection(Page<PersonEvent> page) {
    super(
        new Page<>(
            IntStream.range(0, page.items().size())
                .mapToObj(i -> PersonEventEdge.of(page.cursors().get(i), page.items().get(i)))
                .toList(),
            page.cursors(),
            page.hasNextPage(),
            page.hasPreviousPage(),
            page.total()));
  }

  @NonNull
  @Description("The events of this page, each with the person's part and a cursor.")
  public List<@NonNull PersonEventEdge> getEdges() {
    return page.items();
  }

  @NonNull
  @Description("The events of this page, without the person's part or cursors.")
  public List<@NonNull Event> getNodes() {
    return page.items().stream().map(PersonEventEdge::node).toList();
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
      @NonNull @Description("The event.") Event node) {

    static PersonEventEdge of(String cursor, PersonEvent item) {
      return new PersonEventEdge(
          cursor,
          item.participation().role(),
          item.participation().capacity(),
          item.participation(),
          item.event());
    }
  }
}
