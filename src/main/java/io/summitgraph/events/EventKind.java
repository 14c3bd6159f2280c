package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of event it is.")
public enum EventKind {
  @Description("A meeting of heads of state or government.")
  SUMMIT,
  @Description("A meeting.")
  MEETING,
  @Description("Negotiations or talks.")
  TALKS,
  @Description("A visit to a place.")
  VISIT,
  @Description("A public announcement.")
  ANNOUNCEMENT,
  @Description("An election.")
  ELECTION,
  @Description("A political rally.")
  RALLY,
  @Description("A journey, e.g. a flight to a rally.")
  TRIP,
  @Description("Public remarks or a statement.")
  STATEMENT,
  @Description("Any other kind.")
  OTHER
}
