package io.summitgraph.locations;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of place a location is.")
public enum LocationKind {
  @Description("A region spanning places or countries, e.g. a peninsula.")
  REGION,
  @Description("A state or province.")
  STATE,
  @Description("A county or district-level area.")
  COUNTY,
  @Description("A city or city-state.")
  CITY,
  @Description("A part of a city.")
  DISTRICT,
  @Description("A site, e.g. a nuclear test site.")
  SITE,
  @Description("A facility, e.g. a missile test facility.")
  FACILITY,
  @Description("A building or venue.")
  VENUE,
  @Description("A farm or farm community.")
  FARM,
  @Description("Any other kind.")
  OTHER
}
