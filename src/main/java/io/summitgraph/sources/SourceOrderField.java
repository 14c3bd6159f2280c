package io.summitgraph.sources;

import org.eclipse.microprofile.graphql.Description;

@Description("What sources can be sorted by.")
public enum SourceOrderField {
  @Description("Title.")
  TITLE,
  @Description("Publication date; sources with no known date last.")
  PUBLISHED_ON
}
