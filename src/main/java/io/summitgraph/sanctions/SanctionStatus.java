package io.summitgraph.sanctions;

import org.eclipse.microprofile.graphql.Description;

@Description("Whether a sanction is in force.")
public enum SanctionStatus {
  @Description("Proposed, not in force.")
  PROPOSED,
  @Description("In force.")
  ACTIVE,
  @Description("Suspended.")
  SUSPENDED,
  @Description("Lifted.")
  LIFTED
}
