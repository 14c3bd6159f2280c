package io.summitgraph.events;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventRemoveParticipantPayload")
@Description("The result of eventRemoveParticipant: what changed, or why nothing did.")
public record EventRemoveParticipantPayload(
    @Description("The event, without the participant; null when refused.") Event event,
    @org.eclipse.microprofile.graphql.Id
        @Description("The ID the removed participation had; null when refused.")
        String removedParticipationId,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static EventRemoveParticipantPayload done(Event event, String removedParticipationId) {
    return new EventRemoveParticipantPayload(event, removedParticipationId, List.of());
  }

  public static EventRemoveParticipantPayload refused(List<UserError> userErrors) {
    return new EventRemoveParticipantPayload(null, null, userErrors);
  }
}
