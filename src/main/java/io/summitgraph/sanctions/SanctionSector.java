package io.summitgraph.sanctions;

import org.eclipse.microprofile.graphql.Description;

@Description("The sector of an economy a sanction targets.")
public enum SanctionSector {
  @Description("Banks and financial transfers.")
  BANKING,
  @Description("Energy: oil, gas, power.")
  ENERGY,
  @Description("Trade in goods.")
  TRADE,
  @Description("Shipping.")
  SHIPPING,
  @Description("Arms and military goods.")
  ARMS,
  @Description("Technology.")
  TECHNOLOGY,
  @Description("Travel.")
  TRAVEL,
  @Description("Another sector.")
  OTHER
}
