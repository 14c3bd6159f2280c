package io.summitgraph.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LocationMutationsTest extends CurationTest {

  @Test
  void createsAPlaceWithCoordinatesInsideAnother() {
    String parent = fixture.location("Testshire");
    JsonPath data =
        mutate(
            "location-create",
            Map.of(
                "name",
                "Test Town",
                "kind",
                "CITY",
                "parent",
                parent,
                "latitude",
                10.5,
                "longitude",
                -20.25,
                "citation",
                fixture.citation(3)));
    assertThat(data.getList("locationCreate.userErrors")).isEmpty();
    assertThat(data.getString("locationCreate.location.parent.id")).isEqualTo(parent);
    assertThat(data.getDouble("locationCreate.location.coordinates.latitude")).isEqualTo(10.5);
  }

  @Test
  void coordinatesOutOfRangeOrAloneAreInvalidAndNothingIsWritten() {
    long before = fixture.count("select count(*) from location");
    Map<String, Object> input = new HashMap<>();
    input.putAll(
        Map.of(
            "name", "Nowhere", "kind", "SITE", "latitude", 91.0, "citation", fixture.citation(3)));
    JsonPath alone = mutate("location-create", input);
    assertThat(alone.getList("locationCreate.userErrors.code")).containsExactly("INVALID");
    input.put("longitude", 200.0);
    JsonPath outOfRange = mutate("location-create", input);
    assertThat(outOfRange.getList("locationCreate.userErrors.field"))
        .containsExactly(List.of("input", "latitude"), List.of("input", "longitude"));
    assertThat(fixture.count("select count(*) from location")).isEqualTo(before);
  }

  @Test
  void aPlaceCannotLieWithinItself() {
    String id = fixture.location("Loopville");
    JsonPath data = mutate("location-update", Map.of("location", id, "version", 0, "parent", id));
    assertThat(data.getList("locationUpdate.userErrors.code")).containsExactly("RULE_VIOLATION");
  }

  @Test
  void mergeMovesEventsAndRedirects() {
    String survivor = fixture.location("Mergeburg");
    String merged = fixture.location("Merge-Burg");
    JsonPath event =
        mutate(
            "event-create",
            Map.of(
                "name",
                "Merge summit",
                "kind",
                "MEETING",
                "status",
                "HELD",
                "location",
                merged,
                "citation",
                fixture.citation(0)));
    String eventId = event.getString("eventCreate.event.id");

    JsonPath data =
        mutate(
            "location-merge",
            Map.of(
                "survivor", survivor, "survivorVersion", 0, "merged", merged, "mergedVersion", 0));

    assertThat(data.getList("locationMerge.userErrors")).isEmpty();
    assertThat(data.getList("locationMerge.location.events.nodes.id")).containsExactly(eventId);
    assertThat(data.getList("locationMerge.location.aliases")).containsExactly("Merge-Burg");
    assertThat(node(merged).getString("node.id")).isEqualTo(survivor);
    assertThat(fixture.count("select count(*) from location where name = 'Merge-Burg'")).isZero();
  }
}
