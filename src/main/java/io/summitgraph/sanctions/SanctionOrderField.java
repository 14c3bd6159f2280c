package io.summitgraph.sanctions;

import org.eclipse.microprofile.graphql.Description;

@Description("What sanctions can be sorted by.")
public enum SanctionOrderField {
  @Description("When it was imposed, by the earliest day the date allows; undated sanctions last.")
  IMPOSED_ON,
  @Description("The sector it targets; sanctions with no stated sector first.")
  SECTOR
}
