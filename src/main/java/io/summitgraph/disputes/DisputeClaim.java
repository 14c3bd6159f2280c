package io.summitgraph.disputes;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DisputeClaim")
@Description("One competing value in a dispute, as a source states it.")
public record DisputeClaim(
    @Ignore long disputeKey,
    @NonNull @Description("The value this side holds, in brief.") String value,
    @Ignore long citationKey) {

  static DisputeClaim from(DisputeClaimEntity entity) {
    return new DisputeClaim(entity.id.disputeKey(), entity.value, entity.citationKey);
  }
}
