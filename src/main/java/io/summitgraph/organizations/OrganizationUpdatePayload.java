package io.summitgraph.organizations;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganizationUpdatePayload")
@Description("The result of organizationUpdate: what changed, or why nothing did.")
public record OrganizationUpdatePayload(
    @Description("The organization as changed; null when refused.") Organization organization,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static OrganizationUpdatePayload done(Organization organization) {
    return new OrganizationUpdatePayload(organization, List.of());
  }

  public static OrganizationUpdatePayload refused(List<UserError> userErrors) {
    return new OrganizationUpdatePayload(null, userErrors);
  }
}
