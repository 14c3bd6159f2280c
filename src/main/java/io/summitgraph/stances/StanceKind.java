package io.summitgraph.stances;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of stance it is.")
public enum StanceKind {
  @Description("A call for something, e.g. for verification measures.")
  CALL_FOR,
  @Description("Support or approval.")
  SUPPORT,
  @Description("Criticism.")
  CRITICISM,
  @Description("Doubt.")
  SKEPTICISM,
  @Description("Confidence.")
  CONFIDENCE,
  @Description("Concern.")
  CONCERN,
  @Description("A judgement of how something went.")
  ASSESSMENT
}
