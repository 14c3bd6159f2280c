package io.summitgraph.countries;

import org.eclipse.microprofile.graphql.Description;

@Description("What countries can be sorted by.")
public enum CountryOrderField {
  @Description("Common English name.")
  NAME,
  @Description("ISO 3166-1 alpha-3 code.")
  ISO_CODE
}
