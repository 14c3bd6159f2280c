package io.summitgraph.sanctions;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SanctionImposePayload")
@Description("The result of sanctionImpose: what changed, or why nothing did.")
public record SanctionImposePayload(
    @Description("The sanction recorded; null when refused.") Sanction sanction,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static SanctionImposePayload done(Sanction sanction) {
    return new SanctionImposePayload(sanction, List.of());
  }

  public static SanctionImposePayload refused(List<UserError> userErrors) {
    return new SanctionImposePayload(null, userErrors);
  }
}
