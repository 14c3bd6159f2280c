package io.summitgraph.sanctions;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SanctionLiftPayload")
@Description("The result of sanctionLift: what changed, or why nothing did.")
public record SanctionLiftPayload(
    @Description("The lifted sanction; null when refused.") Sanction sanction,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static SanctionLiftPayload done(Sanction sanction) {
    return new SanctionLiftPayload(sanction, List.of());
  }

  public static SanctionLiftPayload refused(List<UserError> userErrors) {
    return new SanctionLiftPayload(null, userErrors);
  }
}
