package io.summitgraph.agreements;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CommitmentChangeStatusPayload")
@Description("The result of commitmentChangeStatus: what changed, or why nothing did.")
public record CommitmentChangeStatusPayload(
    @Description("The commitment with its new status; null when refused.") Commitment commitment,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static CommitmentChangeStatusPayload done(Commitment commitment) {
    return new CommitmentChangeStatusPayload(commitment, List.of());
  }

  public static CommitmentChangeStatusPayload refused(List<UserError> userErrors) {
    return new CommitmentChangeStatusPayload(null, userErrors);
  }
}
