package io.summitgraph.common.mutations;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("UserError")
@Description(
    "Why a mutation changed nothing: a rule of the domain, a stale version or an unusable input."
        + " A payload with user errors never comes with a partial write.")
public record UserError(
    @NonNull
        @Description(
            "Path to the input field at fault, from the mutation's argument (for example"
                + " [\"input\", \"endDate\"]); empty when no single field is at fault.")
        List<@NonNull String> field,
    @NonNull @Description("What went wrong, written for the person using the client.")
        String message,
    @NonNull @Description("Stable code clients can branch on.") UserErrorCode code) {

  public static UserError of(UserErrorCode code, String message, String... field) {
    return new UserError(List.of(field), message, code);
  }
}
