package io.summitgraph.relationships;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on relationships. */
@GraphQLApi
public class RelationshipMutationsGraphQLApi {

  @Inject RelationshipCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Records the state of the relationship between two parties (persons or countries) with its"
          + " citation: exactly two distinct parties (RULE_VIOLATION, DUPLICATE), a period that does"
          + " not end before it starts (RULE_VIOLATION), an excerpt verbatim in its source"
          + " (NOT_VERBATIM). Curators only.")
  public RelationshipRecordPayload relationshipRecord(
      @NonNull @Description("The parties, what their relationship is like, and its citation.")
          RelationshipRecordInput input) {
    return Mutations.attempt(
        () -> RelationshipRecordPayload.done(curation.record(input)),
        RelationshipRecordPayload::refused);
  }
}
