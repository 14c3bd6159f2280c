package io.summitgraph.locations;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("LocationMergePayload")
@Description("The result of locationMerge: what changed, or why nothing did.")
public record LocationMergePayload(
    @Description(
            "The surviving location, with the merged one's names as aliases; null when refused.")
        Location location,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static LocationMergePayload done(Location location) {
    return new LocationMergePayload(location, List.of());
  }

  public static LocationMergePayload refused(List<UserError> userErrors) {
    return new LocationMergePayload(null, userErrors);
  }
}
