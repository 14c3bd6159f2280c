package io.summitgraph.organizations;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on organizations. */
@GraphQLApi
public class OrganizationMutationsGraphQLApi {

  @Inject OrganizationCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description("Records an organization, with the citation that names it. Curators only.")
  public OrganizationCreatePayload organizationCreate(
      @NonNull @Description("The organization and its citation.") OrganizationCreateInput input) {
    return Mutations.attempt(
        () -> OrganizationCreatePayload.done(curation.create(input)),
        OrganizationCreatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Changes an organization's name, aliases, kind, description or country, if the version is"
          + " current. Curators only.")
  public OrganizationUpdatePayload organizationUpdate(
      @NonNull @Description("The organization, the version read, and the changes.")
          OrganizationUpdateInput input) {
    return Mutations.attempt(
        () -> OrganizationUpdatePayload.done(curation.update(input)),
        OrganizationUpdatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Merges two records of the same organization: citations and relationships (roles, quotes,"
          + " publications, reporting chains, commitments, stances) move to the survivor, and the other"
          + " ID resolves to it. Curators only.")
  public OrganizationMergePayload organizationMerge(
      @NonNull @Description("The survivor, the merged organization and the versions read.")
          OrganizationMergeInput input) {
    return Mutations.attempt(
        () -> OrganizationMergePayload.done(curation.merge(input)),
        OrganizationMergePayload::refused);
  }
}
