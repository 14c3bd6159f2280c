package io.summitgraph.sanctions;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on sanctions. */
@GraphQLApi
public class SanctionMutationsGraphQLApi {

  @Inject SanctionCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Records a sanction one country imposes on another, with its citation. Curators only.")
  public SanctionImposePayload sanctionImpose(
      @NonNull @Description("The sanction and its citation.") SanctionImposeInput input) {
    return Mutations.attempt(
        () -> SanctionImposePayload.done(curation.impose(input)), SanctionImposePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Amends a sanction that is not lifted (description, sector, status, lifting condition, date), if"
          + " the version is current. Curators only.")
  public SanctionAmendPayload sanctionAmend(
      @NonNull @Description("The sanction, the version read, and the changes.")
          SanctionAmendInput input) {
    return Mutations.attempt(
        () -> SanctionAmendPayload.done(curation.amend(input)), SanctionAmendPayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Lifts an active sanction, with the date and the reason (RULE_VIOLATION if it is not active or"
          + " either is missing). Curators only.")
  public SanctionLiftPayload sanctionLift(
      @NonNull @Description("The sanction, the version read, the date and the reason.")
          SanctionLiftInput input) {
    return Mutations.attempt(
        () -> SanctionLiftPayload.done(curation.lift(input)), SanctionLiftPayload::refused);
  }
}
