package io.summitgraph.disputes;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DisputeResolvePayload")
@Description("The result of disputeResolve: what changed, or why nothing did.")
public record DisputeResolvePayload(
    @Description("The resolved dispute; null when refused.") Dispute dispute,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static DisputeResolvePayload done(Dispute dispute) {
    return new DisputeResolvePayload(dispute, List.of());
  }

  public static DisputeResolvePayload refused(List<UserError> userErrors) {
    return new DisputeResolvePayload(null, userErrors);
  }
}
