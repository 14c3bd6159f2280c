package io.summitgraph.agreements;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on agreements and commitments. */
@GraphQLApi
public class AgreementMutationsGraphQLApi {

  @Inject AgreementCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Records an agreement and its commitments (parties, places, conditions), each with its"
          + " citation, all or nothing. Curators only.")
  public AgreementRecordPayload agreementRecord(
      @NonNull @Description("The agreement, its commitments and their citations.")
          AgreementRecordInput input) {
    return Mutations.attempt(
        () -> {
          var recorded = curation.record(input);
          return AgreementRecordPayload.done(recorded.agreement(), recorded.commitments());
        },
        AgreementRecordPayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Changes a commitment's status (e.g. PROMISED to BROKEN), with the citation that reports it, if"
          + " the version is current. Curators only.")
  public CommitmentChangeStatusPayload commitmentChangeStatus(
      @NonNull @Description("The commitment, the version read, the status and the citation.")
          CommitmentChangeStatusInput input) {
    return Mutations.attempt(
        () -> CommitmentChangeStatusPayload.done(curation.changeStatus(input)),
        CommitmentChangeStatusPayload::refused);
  }
}
