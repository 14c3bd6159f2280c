package io.summitgraph.locations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Coordinates")
@Description("A point on the Earth in WGS 84 decimal degrees.")
public record Coordinates(
    @NonNull @Description("Degrees north of the equator (negative: south), -90 to 90.")
        double latitude,
    @NonNull @Description("Degrees east of Greenwich (negative: west), -180 to 180.")
        double longitude) {

  /** The point, or null when either value is unknown (the database keeps both or neither). */
  static Coordinates ofNullable(Double latitude, Double longitude) {
    return latitude == null || longitude == null ? null : new Coordinates(latitude, longitude);
  }
}
