package io.summitgraph.common.mutations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("UserErrorCode")
@Description("Stable codes of user errors in mutation payloads.")
public enum UserErrorCode {
  @Description("A value is malformed, missing or out of range (for example a ratio above 1).")
  INVALID,
  @Description("An ID names nothing, or something of another type than the field expects.")
  NOT_FOUND,
  @Description(
      "The version sent is not the current one: someone changed the record since it was read."
          + " Read it again and retry.")
  CONFLICT,
  @Description("The change would duplicate what exists (for example the same participant twice).")
  DUPLICATE,
  @Description(
      "The change breaks a rule of the domain (for example lifting a sanction that is not active,"
          + " or leaving a fact without any citation).")
  RULE_VIOLATION,
  @Description("A citation's excerpt does not occur verbatim in its source's text.")
  NOT_VERBATIM
}
