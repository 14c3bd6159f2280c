package io.summitgraph.disputes;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on disputes. */
@GraphQLApi
public class DisputeMutationsGraphQLApi {

  @Inject DisputeCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Marks a property of a fact as disputed, with each competing value and the citation that states"
          + " it. Curators only.")
  public FactMarkDisputedPayload factMarkDisputed(
      @NonNull @Description("The fact, the property and the claims.") FactMarkDisputedInput input) {
    return Mutations.attempt(
        () -> FactMarkDisputedPayload.done(curation.markDisputed(input)),
        FactMarkDisputedPayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Resolves an open dispute with the citation of the source that settles it, if the version is"
          + " current. Curators only.")
  public DisputeResolvePayload disputeResolve(
      @NonNull @Description("The dispute, the version read and the settling citation.")
          DisputeResolveInput input) {
    return Mutations.attempt(
        () -> DisputeResolvePayload.done(curation.resolve(input)), DisputeResolvePayload::refused);
  }
}
