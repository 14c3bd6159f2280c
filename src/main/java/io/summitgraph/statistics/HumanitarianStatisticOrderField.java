package io.summitgraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("What humanitarian statistics can be sorted by.")
public enum HumanitarianStatisticOrderField {
  @Description("The indicator's name, e.g. MALNUTRITION before UNDERNOURISHMENT.")
  INDICATOR,
  @Description("The start of the period the figure is for; figures with no period last.")
  PERIOD
}
