package io.summitgraph.relationships;

import org.eclipse.microprofile.graphql.Description;

@Description("The state of a relationship between two parties, as the sources characterise it.")
public enum RelationshipCharacter {
  @Description("Strained, fraught with tension: \"relations that had been fraught with tension\".")
  TENSE,
  @Description("Friendly in tone, whatever its results: \"the good vibes\".")
  CORDIAL,
  @Description(
      "Working and getting results, despite differences: \"a productive relationship\", \"a working"
          + " relationship\".")
  PRODUCTIVE
}
