package io.summitgraph.locations;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LocationCreatePayload")
@Description("The result of locationCreate: what changed, or why nothing did.")
public record LocationCreatePayload(
    @Description("The location recorded; null when refused.") Location location,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static LocationCreatePayload done(Location location) {
    return new LocationCreatePayload(location, List.of());
  }

  public static LocationCreatePayload refused(List<UserError> userErrors) {
    return new LocationCreatePayload(null, userErrors);
  }
}
