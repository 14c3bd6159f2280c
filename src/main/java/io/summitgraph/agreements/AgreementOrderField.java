package io.summitgraph.agreements;

import org.eclipse.microprofile.graphql.Description;

@Description("What agreements can be sorted by.")
public enum AgreementOrderField {
  @Description(
      "The earliest day the signing date allows; agreements with no known date come last in either"
          + " direction.")
  SIGNED_ON,
  @Description("Title.")
  TITLE
}
