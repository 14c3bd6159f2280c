package io.summitgraph.organizations;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("OrganizationCreatePayload")
@Description("The result of organizationCreate: what changed, or why nothing did.")
public record OrganizationCreatePayload(
    @Description("The organization recorded; null when refused.") Organization organization,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static OrganizationCreatePayload done(Organization organization) {
    return new OrganizationCreatePayload(organization, List.of());
  }

  public static OrganizationCreatePayload refused(List<UserError> userErrors) {
    return new OrganizationCreatePayload(null, userErrors);
  }
}
