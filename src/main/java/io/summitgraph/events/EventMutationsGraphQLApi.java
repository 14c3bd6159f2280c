package io.summitgraph.events;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on events and their participants. */
@GraphQLApi
public class EventMutationsGraphQLApi {

  @Inject EventCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description("Records an event, with the citation that reports it. Curators only.")
  public EventCreatePayload eventCreate(
      @NonNull @Description("The event and its citation.") EventCreateInput input) {
    return Mutations.attempt(
        () -> EventCreatePayload.done(curation.create(input)), EventCreatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description("Changes an event, if the version is current. Curators only.")
  public EventUpdatePayload eventUpdate(
      @NonNull @Description("The event, the version read, and the changes.")
          EventUpdateInput input) {
    return Mutations.attempt(
        () -> EventUpdatePayload.done(curation.update(input)), EventUpdatePayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Adds a person to an event's participants, in a role, with the citation that says so. A person"
          + " takes part at most once (DUPLICATE). Curators only.")
  public EventAddParticipantPayload eventAddParticipant(
      @NonNull @Description("The event, the person, the role and the citation.")
          EventAddParticipantInput input) {
    return Mutations.attempt(
        () -> {
          var result = curation.addParticipant(input);
          return EventAddParticipantPayload.done(result.event(), result.participation());
        },
        EventAddParticipantPayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Removes a person from an event's participants, with that participation's citations. Curators"
          + " only.")
  public EventRemoveParticipantPayload eventRemoveParticipant(
      @NonNull @Description("The event and the person.") EventRemoveParticipantInput input) {
    return Mutations.attempt(
        () -> {
          var result = curation.removeParticipant(input);
          return EventRemoveParticipantPayload.done(result.event(), result.removedId());
        },
        EventRemoveParticipantPayload::refused);
  }
}
