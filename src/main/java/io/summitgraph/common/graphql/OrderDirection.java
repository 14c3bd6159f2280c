package io.summitgraph.common.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("Sort direction.")
public enum OrderDirection {
  @Description("Smallest first: A to Z, earliest first.")
  ASC,
  @Description("Largest first: Z to A, latest first.")
  DESC
}
