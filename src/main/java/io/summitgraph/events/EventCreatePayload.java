package io.summitgraph.events;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("EventCreatePayload")
@Description("The result of eventCreate: what changed, or why nothing did.")
public record EventCreatePayload(
    @Description("The event recorded; null when refused.") Event event,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static EventCreatePayload done(Event event) {
    return new EventCreatePayload(event, List.of());
  }

  public static EventCreatePayload refused(List<UserError> userErrors) {
    return new EventCreatePayload(null, userErrors);
  }
}
