package io.summitgraph.locations;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on places. */
@GraphQLApi
public class LocationMutationsGraphQLApi {

  @Inject LocationCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description("Records a place, with the citation that names it. Curators only.")
  public LocationCreatePayload locationCreate(
      @NonNull @Description("The place and its citation.") LocationCreateInput input) {
    return Mutations.attempt(
        () -> LocationCreatePayload.done(curation.create(input)), LocationCreatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Changes a place's name, aliases, kind, description, country, enclosing place or coordinates, if"
          + " the version is current. Curators only.")
  public LocationUpdatePayload locationUpdate(
      @NonNull @Description("The location, the version read, and the changes.")
          LocationUpdateInput input) {
    return Mutations.attempt(
        () -> LocationUpdatePayload.done(curation.update(input)), LocationUpdatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Merges two records of the same place: citations and relationships (events held there, residents,"
          + " places within it, commitments about it) move to the survivor, and the other ID resolves to"
          + " it. Curators only.")
  public LocationMergePayload locationMerge(
      @NonNull @Description("The survivor, the merged location and the versions read.")
          LocationMergeInput input) {
    return Mutations.attempt(
        () -> LocationMergePayload.done(curation.merge(input)), LocationMergePayload::refused);
  }
}
