package io.summitgraph.locations;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LocationUpdatePayload")
@Description("The result of locationUpdate: what changed, or why nothing did.")
public record LocationUpdatePayload(
    @Description("The location as changed; null when refused.") Location location,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static LocationUpdatePayload done(Location location) {
    return new LocationUpdatePayload(location, List.of());
  }

  public static LocationUpdatePayload refused(List<UserError> userErrors) {
    return new LocationUpdatePayload(null, userErrors);
  }
}
