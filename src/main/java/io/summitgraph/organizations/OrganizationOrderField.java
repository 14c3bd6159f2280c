package io.summitgraph.organizations;

import org.eclipse.microprofile.graphql.Description;

@Description("What organizations can be sorted by.")
public enum OrganizationOrderField {
  @Description("Name.")
  NAME
}
