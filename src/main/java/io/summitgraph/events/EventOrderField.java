package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;

@Description("What events can be sorted by.")
public enum EventOrderField {
  @Description(
      "The earliest day the date allows (February 2019 sorts as 2019-02-01); undated events come last in"
          + " either direction.")
  DATE,
  @Description("Name.")
  NAME,
  @Description(
      "The number of a summit in its series; events without one come last in either direction.")
  SUMMIT_SEQUENCE
}
