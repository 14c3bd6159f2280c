package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;

@Description("The part a person played in an event.")
public enum ParticipantRole {
  @Description("A principal party, e.g. a leader at a summit.")
  PRINCIPAL,
  @Description("A member of a delegation.")
  DELEGATE,
  @Description("The host.")
  HOST,
  @Description("The visitor.")
  VISITOR,
  @Description("Spoke at or made the event.")
  SPEAKER,
  @Description("A candidate in an election.")
  CANDIDATE,
  @Description("An observer.")
  OBSERVER,
  @Description("The organizer.")
  ORGANIZER
}
