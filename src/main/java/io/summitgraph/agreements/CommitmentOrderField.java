package io.summitgraph.agreements;

import org.eclipse.microprofile.graphql.Description;

@Description("What commitments can be sorted by.")
public enum CommitmentOrderField {
  @Description(
      "The order the commitments were recorded in: an agreement's commitments in the order of its text.")
  RECORDED,
  @Description("Description.")
  DESCRIPTION
}
