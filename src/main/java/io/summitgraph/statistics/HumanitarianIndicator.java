package io.summitgraph.statistics;

import org.eclipse.microprofile.graphql.Description;

@Description("What a humanitarian statistic measures.")
public enum HumanitarianIndicator {
  @Description("People suffering from malnutrition.")
  MALNUTRITION,
  @Description("People who are undernourished.")
  UNDERNOURISHMENT,
  @Description("People without secure access to food.")
  FOOD_INSECURITY,
  @Description("Children stunted in growth.")
  STUNTING,
  @Description("Deaths.")
  MORTALITY,
  @Description("People displaced.")
  DISPLACEMENT,
  @Description("People who depend on aid.")
  AID_DEPENDENCE
}
