package io.summitgraph.events;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventUpdatePayload")
@Description("The result of eventUpdate: what changed, or why nothing did.")
public record EventUpdatePayload(
    @Description("The event as changed; null when refused.") Event event,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static EventUpdatePayload done(Event event) {
    return new EventUpdatePayload(event, List.of());
  }

  public static EventUpdatePayload refused(List<UserError> userErrors) {
    return new EventUpdatePayload(null, userErrors);
  }
}
