package io.summitgraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("The unit of a statistic's value.")
public enum MeasurementUnit {
  @Description("A share between 0 and 1: one in five is 0.2.")
  RATIO,
  @Description("A number of people.")
  PEOPLE,
  @Description("Metric tonnes.")
  TONNES,
  @Description("US dollars.")
  US_DOLLARS
}
