package io.summitgraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("How a value relates to the true figure, as the source words it.")
public enum Comparator {
  @Description("Exactly as stated: one in five.")
  EXACT,
  @Description("Approximately: about, around.")
  ABOUT,
  @Description("Strictly more than: over ten million.")
  MORE_THAN,
  @Description("Strictly less than.")
  LESS_THAN,
  @Description("At least.")
  AT_LEAST,
  @Description("At most.")
  AT_MOST
}
