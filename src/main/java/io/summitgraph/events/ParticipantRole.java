package io.summitgraph.events;

import org.eclipse.microprofile.graphql.Description;

@Description("The part a person played in an event.")
public enum ParticipantRole {
  @Description("A principal party, e.g. a leader at a summit.")
  PRINCIPAL,
  @Description(
      "Took part, without the sources stating a more specific role (e.g. someone a visitor \"met"
          + " with\").")
  PARTICIPANT,
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
