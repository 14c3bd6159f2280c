package io.summitgraph.events;

import io.smallrye.graphql.api.Nullable;
import io.summitgraph.common.graphql.Batches;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Typed, cited relations between events. */
@GraphQLApi
public class EventRelationsGraphQLApi {

  @Inject EventRelationService relations;
  @Inject EventService events;

  @NonNull
  @Description(
      "How this event relates to others, as the sources state it, in recorded order: relations"
          + " where it is the event and where it is the related event alike (compare their IDs"
          + " with this one's to read the direction).")
  public List<@NonNull List<@NonNull EventRelation>> relations(
      @Source List<Event> eventList,
      // @Nullable: SmallRye otherwise reads the element's @NonNull as the list's
      // (smallrye-graphql#753).
      @Nullable
          @Description("Only relations of these kinds; all when absent. An empty list gives none.")
          List<@NonNull EventRelationKind> kinds) {
    return Batches.byParent(
        eventList,
        Event::key,
        relations.byEvents(Batches.keys(eventList, Event::key), kinds),
        List.of());
  }

  @NonNull
  @Description("The event the relation starts from (the subject of \"event KIND relatedEvent\").")
  public List<@NonNull Event> event(@Source List<EventRelation> relationList) {
    return Batches.resolve(relationList, EventRelation::eventKey, events::byKeys, null);
  }

  @NonNull
  @Description("The event the relation points to.")
  public List<@NonNull Event> relatedEvent(@Source List<EventRelation> relationList) {
    return Batches.resolve(relationList, EventRelation::relatedEventKey, events::byKeys, null);
  }
}
