package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.organizations.Organization;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The commitments binding an organization. A class of its own: Java cannot overload the {@code
 * commitments} fields of people, countries and organizations in one class.
 */
@GraphQLApi
public class OrganizationCommitmentsGraphQLApi {

  @Inject CommitmentService service;

  @NonNull
  @Description("Commitments binding the organization as a party, in recorded order.")
  public List<@NonNull List<@NonNull Commitment>> commitments(
      @Source List<Organization> organizations) {
    return Batches.resolve(
        organizations, Organization::key, service::bindingOrganizations, List.of());
  }
}
