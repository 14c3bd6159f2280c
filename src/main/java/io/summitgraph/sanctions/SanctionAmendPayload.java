package io.summitgraph.sanctions;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SanctionAmendPayload")
@Description("The result of sanctionAmend: what changed, or why nothing did.")
public record SanctionAmendPayload(
    @Description("The sanction as amended; null when refused.") Sanction sanction,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static SanctionAmendPayload done(Sanction sanction) {
    return new SanctionAmendPayload(sanction, List.of());
  }

  public static SanctionAmendPayload refused(List<UserError> userErrors) {
    return new SanctionAmendPayload(null, userErrors);
  }
}
