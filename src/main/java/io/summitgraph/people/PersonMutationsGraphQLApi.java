package io.summitgraph.people;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on people. */
@GraphQLApi
public class PersonMutationsGraphQLApi {

  @Inject PersonCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description("Records a person, with the citation that names them. Curators only.")
  public PersonCreatePayload personCreate(
      @NonNull @Description("The person and their citation.") PersonCreateInput input) {
    return Mutations.attempt(
        () -> PersonCreatePayload.done(curation.create(input)), PersonCreatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Changes a person's name, aliases, description, country or residence, if the version is current."
          + " Curators only.")
  public PersonUpdatePayload personUpdate(
      @NonNull @Description("The person, the version read, and the changes.")
          PersonUpdateInput input) {
    return Mutations.attempt(
        () -> PersonUpdatePayload.done(curation.update(input)), PersonUpdatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Merges two records of the same person: citations and relationships move to the survivor, the"
          + " other disappears from listings and its ID resolves to the survivor. Curators only.")
  public PersonMergePayload personMerge(
      @NonNull @Description("The survivor, the merged person and the versions read.")
          PersonMergeInput input) {
    return Mutations.attempt(
        () -> PersonMergePayload.done(curation.merge(input)), PersonMergePayload::refused);
  }
}
