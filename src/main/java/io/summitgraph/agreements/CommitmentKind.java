package io.summitgraph.agreements;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of promise a commitment is.")
public enum CommitmentKind {
  @Description("A promise by one party.")
  PROMISE,
  @Description("A commitment parties made together, e.g. in an agreement.")
  JOINT_COMMITMENT,
  @Description("An offer, usually in exchange for something.")
  OFFER
}
