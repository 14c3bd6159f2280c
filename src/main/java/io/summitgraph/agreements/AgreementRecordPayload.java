package io.summitgraph.agreements;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("AgreementRecordPayload")
@Description("The result of agreementRecord: what changed, or why nothing did.")
public record AgreementRecordPayload(
    @Description("The agreement recorded; null when refused.") Agreement agreement,
    @Description("Its commitments, in the order given; null when refused.")
        List<@NonNull Commitment> commitments,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static AgreementRecordPayload done(
      Agreement agreement, List<@NonNull Commitment> commitments) {
    return new AgreementRecordPayload(agreement, commitments, List.of());
  }

  public static AgreementRecordPayload refused(List<UserError> userErrors) {
    return new AgreementRecordPayload(null, null, userErrors);
  }
}
