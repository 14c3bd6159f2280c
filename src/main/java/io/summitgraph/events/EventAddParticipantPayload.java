package io.summitgraph.events;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventAddParticipantPayload")
@Description("The result of eventAddParticipant: what changed, or why nothing did.")
public record EventAddParticipantPayload(
    @Description("The event; null when refused.") Event event,
    @Description("The new participation (person and role); null when refused.")
        Participation participation,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static EventAddParticipantPayload done(Event event, Participation participation) {
    return new EventAddParticipantPayload(event, participation, List.of());
  }

  public static EventAddParticipantPayload refused(List<UserError> userErrors) {
    return new EventAddParticipantPayload(null, null, userErrors);
  }
}
