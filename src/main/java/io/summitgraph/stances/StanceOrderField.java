package io.summitgraph.stances;

import org.eclipse.microprofile.graphql.Description;

@Description("What stances can be sorted by.")
public enum StanceOrderField {
  @Description("The kind's name, e.g. ASSESSMENT before CALL_FOR.")
  KIND,
  @Description("The stance's description.")
  DESCRIPTION
}
