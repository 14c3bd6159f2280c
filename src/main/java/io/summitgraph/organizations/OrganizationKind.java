package io.summitgraph.organizations;

import org.eclipse.microprofile.graphql.Description;

@Description("What kind of body an organization is.")
public enum OrganizationKind {
  @Description("A national or local government.")
  GOVERNMENT,
  @Description("A government ministry or department.")
  MINISTRY,
  @Description("A government agency.")
  AGENCY,
  @Description("A news agency, e.g. a state news agency.")
  NEWS_AGENCY,
  @Description("A television or radio network.")
  BROADCASTER,
  @Description("A newspaper.")
  NEWSPAPER,
  @Description("A magazine.")
  MAGAZINE,
  @Description("An international organization.")
  INTERNATIONAL_BODY,
  @Description("Any other kind.")
  OTHER
}
