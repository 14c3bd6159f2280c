package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether an event has happened.")
public enum EventStatus {
  @Description("Planned or announced, not yet held.")
  PLANNED,
  @Description("Took place.")
  HELD,
  @Description(
      "Expected or promised, but did not take place; the sources do not say it was called off.")
  NOT_HELD,
  @Description("Called off.")
  CANCELLED,
  @Description("Moved to a later date.")
  POSTPONED
}
