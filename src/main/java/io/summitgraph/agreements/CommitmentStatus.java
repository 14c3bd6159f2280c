package io.summitgraph.agreements;

import org.eclipse.microprofile.graphql.Description;

@Description("Where a commitment stands.")
public enum CommitmentStatus {
  @Description("Considered, not yet offered.")
  UNDER_CONSIDERATION,
  @Description("Offered, not accepted.")
  OFFERED,
  @Description("Promised, not yet carried out.")
  PROMISED,
  @Description("Being carried out.")
  IN_PROGRESS,
  @Description("Carried out.")
  FULFILLED,
  @Description("Not kept.")
  BROKEN,
  @Description("Withdrawn.")
  WITHDRAWN
}
