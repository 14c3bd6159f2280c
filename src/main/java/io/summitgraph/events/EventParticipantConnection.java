package io.summitgraph.events;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventParticipantConnection")
@Description("A page of the people who took part in an event, each with the part they played.")
public class EventParticipantConnection extends Connection<Participation> {

  public EventParticipantConnection(Page<Participation> page) {
    super(page);
  }

  @NonNull
  @Description("The participants of this page, each with their part and cursor.")
  public List<@NonNull EventParticipantEdge> getEdges() {
    return edges(EventParticipantEdge::of);
  }

  /**
   * A participant in a page. Its {@code node}, the person, is resolved for all edges of a request
   * level at once (see {@link ParticipationsGraphQLApi#node}).
   */
  @Type("EventParticipantEdge")
  @Description("A person who took part in an event, with the part they played and a cursor.")
  public record EventParticipantEdge(
      @NonNull @Description("Pass as after to page from this participant.") String cursor,
      @NonNull @Description("The part the person played.") ParticipantRole role,
      @Description("The capacity in which the person took part, e.g. U.S. Secretary of State.")
          String capacity,
      @NonNull @Description("The participation itself, a fact with its own citations.")
          Participation participation) {

    static EventParticipantEdge of(String cursor, Participation participation) {
      return new EventParticipantEdge(
          cursor, participation.role(), participation.capacity(), participation);
    }
  }
}
