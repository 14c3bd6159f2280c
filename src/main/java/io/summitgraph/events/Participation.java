package io.summitgraph.events;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Participation")
@Description("A person taking part in an event, in a role.")
public record Participation(
    @Ignore long key,
    @NonNull @Description("The part the person played.") ParticipantRole role,
    @Description("The capacity in which the person took part, e.g. U.S. Secretary of State.")
        String capacity,
    @Ignore Long eventKey,
    @Ignore Long personKey)
    implements Fact {

  public static final String TYPE = "Participation";

  static Participation from(ParticipationEntity entity) {
    return new Participation(
        entity.id, entity.role, entity.capacity, entity.eventKey, entity.personKey);
  }

  /** The participation carried by an event row listed under its participant. */
  static Participation from(ListedEventEntity row) {
    return new Participation(
        row.participationKey, row.participantRole, row.participantCapacity, row.id, row.parentKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
