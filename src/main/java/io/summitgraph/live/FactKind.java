package io.summitgraph.live;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("FactKind")
@Description("The kinds of fact, each a type implementing Fact.")
public enum FactKind {
  @Description("Agreement.")
  AGREEMENT,
  @Description("Commitment.")
  COMMITMENT,
  @Description("Country.")
  COUNTRY,
  @Description("Event.")
  EVENT,
  @Description("EventRelation (a cited, typed link between two events).")
  EVENT_RELATION,
  @Description("HumanitarianStatistic.")
  HUMANITARIAN_STATISTIC,
  @Description("Location.")
  LOCATION,
  @Description("Organization.")
  ORGANIZATION,
  @Description("Participation (a person's part in an event).")
  PARTICIPATION,
  @Description("Person.")
  PERSON,
  @Description("PersonRole.")
  PERSON_ROLE,
  @Description("Quote.")
  QUOTE,
  @Description("Sanction.")
  SANCTION,
  @Description("Stance.")
  STANCE;

  /** The kind as the fact registry stores it. */
  String registryKind() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static FactKind of(String registryKind) {
    try {
      return valueOf(registryKind.toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
