package io.summitgraph.people;

import org.eclipse.microprofile.graphql.Description;

@Description("What people can be sorted by.")
public enum PersonOrderField {
  @Description("Full name as most commonly written.")
  NAME
}
