package io.summitgraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("The population a statistic is about.")
public enum PopulationGroup {
  @Description("Everyone in the country.")
  TOTAL_POPULATION,
  @Description("The country's citizens.")
  CITIZENS,
  @Description("Children.")
  CHILDREN,
  @Description("Children under five.")
  CHILDREN_UNDER_FIVE,
  @Description("Adults.")
  ADULTS,
  @Description("Women.")
  WOMEN,
  @Description("Elderly people.")
  ELDERLY
}
