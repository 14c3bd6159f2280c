package io.summitgraph.events;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventRelation")
@Description(
    "A cited relation between two events: event KIND relatedEvent, e.g. Kim's visit to the potato"
        + " farms INSTEAD_OF Pompeo's face-to-face meeting with him.")
public record EventRelation(
    @Ignore long key,
    @Ignore long eventKey,
    @NonNull @Description("How the event relates to the related event.") EventRelationKind kind,
    @Ignore long relatedEventKey)
    implements Fact {

  public static final String TYPE = "EventRelation";

  static EventRelation from(EventRelationEntity entity) {
    return new EventRelation(entity.id, entity.eventKey, entity.kind, entity.relatedEventKey);
  }

  /** Whether the relation joins this event, on either side. */
  boolean involves(long event) {
    return eventKey == event || relatedEventKey == event;
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
