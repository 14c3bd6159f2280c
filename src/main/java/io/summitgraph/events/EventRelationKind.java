package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;

@Description(
    "How one event relates to another, as a source states it: read \"event KIND relatedEvent\".")
public enum EventRelationKind {
  @Description("The event follows up the related one (\"a follow-up meeting\" to a summit).")
  FOLLOW_UP_TO,
  @Description(
      "The event took place instead of the related one (Kim looked at tractors \"instead of\""
          + " discussing denuclearization with the Secretary of State).")
  INSTEAD_OF,
  @Description("The event took place on the same day as the related one.")
  SAME_DAY_AS,
  @Description("The event is part of the related one (a meeting during a visit).")
  PART_OF,
  @Description("The event took place while the related one was going on.")
  DURING,
  @Description(
      "The two may be the same event, but no source says so: always marked as an inference, with"
          + " its reasoning.")
  POSSIBLY_SAME_AS
}
