package io.summitgraph.locations;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The mapping of a stored location to its GraphQL view (no article gives coordinates). */
class LocationTest {

  @Test
  void coordinatesAreGivenWhenBothValuesAreKnown() {
    LocationEntity entity = entity();
    entity.latitude = 1.2902;
    entity.longitude = 103.8519;

    assertThat(Location.from(entity).coordinates()).isEqualTo(new Coordinates(1.2902, 103.8519));
  }

  @Test
  void coordinatesAreNullWhenUnknown() {
    assertThat(Location.from(entity()).coordinates()).isNull();
  }

  private static LocationEntity entity() {
    LocationEntity entity = new LocationEntity();
    entity.id = 1L;
    entity.name = "Test place";
    entity.aliases = new String[0];
    entity.kind = LocationKind.CITY;
    return entity;
  }
}
