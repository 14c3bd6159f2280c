package io.summitgraph.common.time;

import org.eclipse.microprofile.graphql.Description;

@Description("How much of a date its source states.")
public enum DatePrecision {
  @Description("Only the year is known, e.g. 2019.")
  YEAR,
  @Description("The year and month are known, e.g. February 2019.")
  MONTH,
  @Description(
      "The month and day are stated but not the year, e.g. November 6. The year used for earliest and"
          + " latest is an inference: the fact's inferences give it, with their reasoning.")
  MONTH_DAY,
  @Description("The exact day is known, e.g. June 12, 2018.")
  DAY
}
