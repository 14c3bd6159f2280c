package io.summitgraph.search;

import org.eclipse.microprofile.graphql.Description;

@Description("What search looks through.")
public enum SearchKind {
  @Description("People, by name and aliases.")
  PERSON("Person"),
  @Description("Organizations, by name and aliases.")
  ORGANIZATION("Organization"),
  @Description("Countries, by name and aliases.")
  COUNTRY("Country"),
  @Description("Locations, by name and aliases.")
  LOCATION("Location"),
  @Description("Events, by name and description.")
  EVENT("Event"),
  @Description("Quotes, by their words.")
  QUOTE("Quote"),
  @Description("Sources, by title and full text.")
  SOURCE("Source");

  final String nodeType;

  SearchKind(String nodeType) {
    this.nodeType = nodeType;
  }
}
