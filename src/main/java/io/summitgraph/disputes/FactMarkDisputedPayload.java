package io.summitgraph.disputes;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactMarkDisputedPayload")
@Description("The result of factMarkDisputed: what changed, or why nothing did.")
public record FactMarkDisputedPayload(
    @Description("The new dispute, with its claims; null when refused.") Dispute dispute,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static FactMarkDisputedPayload done(Dispute dispute) {
    return new FactMarkDisputedPayload(dispute, List.of());
  }

  public static FactMarkDisputedPayload refused(List<UserError> userErrors) {
    return new FactMarkDisputedPayload(null, userErrors);
  }
}
