package io.summitgraph.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("ChangeKind")
@Description("What a committed change did, as a subscription reports it.")
public enum ChangeKind {
  @Description("The object was created (a fact recorded, a source ingested, a dispute opened).")
  CREATED,
  @Description("The object changed: its values, its citations, or (a dispute) its claims.")
  UPDATED,
  @Description("The object was removed; its node is null.")
  REMOVED,
  @Description("The dispute was resolved.")
  RESOLVED,
  @Description(
      "The service lost its database connection and reconnected: changes committed meanwhile may not"
          + " have been delivered. Read again what you show; every other field of this event is null.")
  MISSED_CHANGES
}
