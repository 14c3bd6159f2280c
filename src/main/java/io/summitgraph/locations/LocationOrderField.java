package io.summitgraph.locations;

import org.eclipse.microprofile.graphql.Description;

@Description("What locations can be sorted by.")
public enum LocationOrderField {
  @Description("Name.")
  NAME
}
