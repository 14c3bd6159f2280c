package io.summitgraph.organizations;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganizationMergePayload")
@Description("The result of organizationMerge: what changed, or why nothing did.")
public record OrganizationMergePayload(
    @Description(
            "The surviving organization, with the merged one's names as aliases; null when refused.")
        Organization organization,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static OrganizationMergePayload done(Organization organization) {
    return new OrganizationMergePayload(organization, List.of());
  }

  public static OrganizationMergePayload refused(List<UserError> userErrors) {
    return new OrganizationMergePayload(null, userErrors);
  }
}
