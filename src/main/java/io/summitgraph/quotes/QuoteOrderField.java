package io.summitgraph.quotes;

import org.eclipse.microprofile.graphql.Description;

@Description("What quotes can be sorted by.")
public enum QuoteOrderField {
  @Description(
      "When it was said, by the earliest day the date allows; undated quotes last in either"
          + " direction.")
  DATE,
  @Description("The words.")
  TEXT
}
