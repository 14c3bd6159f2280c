package io.summitgraph.locations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class LocationsTest {

  static final List<String> ALL =
      List.of(
          "Farm community near the Chinese border",
          "Iowa",
          "Korean peninsula",
          "Punggye-ri nuclear site",
          "Samjiyon",
          "Seoul",
          "Singapore",
          "Sohae missile test facility",
          "White House");

  @Test
  void everyPlaceOfTheArticlesWithKindAndCountry() {
    JsonPath data = GraphQL.document("locations/locations-in-detail").data();

    assertThat(data.getInt("locations.totalCount")).isEqualTo(9);
    assertThat(data.getList("locations.nodes.name")).containsExactlyElementsOf(ALL);
    assertThat(data.getList("locations.nodes.kind"))
        .containsExactly(
            "FARM", "STATE", "REGION", "SITE", "COUNTY", "CITY", "CITY", "FACILITY", "VENUE");
    // The Korean peninsula spans countries, so it has none.
    assertThat(data.getList("locations.nodes.collect { it.country?.isoCode }"))
        .containsExactly("PRK", "USA", null, "PRK", "PRK", "KOR", "SGP", "PRK", "USA");
    // No article gives coordinates.
    assertThat(data.getList("locations.nodes.coordinates")).containsOnlyNulls();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Punggye-Ri",
        "Punggye-ri",
        "punggye ri",
        "Punggye\u2011Ri",
        "PUNGGYE-RI NUCLEAR SITE",
        "punggyeri nuclear test"
      })
  void punggyeRiIsFoundWhateverTheSpelling(String spelling) {
    JsonPath data =
        GraphQL.document("locations/locations-in-detail")
            .variable("filter", Map.of("name", spelling))
            .data();

    assertThat(data.getList("locations.nodes.name")).containsExactly("Punggye-ri nuclear site");
    assertThat(data.getString("locations.nodes[0].kind")).isEqualTo("SITE");
    assertThat(data.getString("locations.nodes[0].country.isoCode")).isEqualTo("PRK");
    assertThat(data.getList("locations.nodes[0].aliases"))
        .containsExactly(
            "Punggye\u2011Ri nuclear site", "Punggye-ri", "Punggye-ri nuclear test site");
  }

  @Test
  void thePotatoFarmLiesInsideSamjiyonCounty() {
    JsonPath farm =
        GraphQL.document("locations/locations-in-detail")
            .variable("filter", Map.of("name", "Potato Farm"))
            .data();
    assertThat(farm.getList("locations.nodes.name"))
        .containsExactly("Farm community near the Chinese border");
    assertThat(farm.getString("locations.nodes[0].kind")).isEqualTo("FARM");
    assertThat(farm.getString("locations.nodes[0].country.isoCode")).isEqualTo("PRK");
    assertThat(farm.getMap("locations.nodes[0].parent"))
        .isEqualTo(Map.of("name", "Samjiyon", "kind", "COUNTY"));
    assertThat(farm.getList("locations.nodes[0].children")).isEmpty();

    JsonPath county =
        GraphQL.document("locations/locations-in-detail")
            .variable("filter", Map.of("name", "Samjiyon country"))
            .data();
    assertThat(county.getList("locations.nodes.name")).containsExactly("Samjiyon");
    assertThat(county.getList("locations.nodes[0].children"))
        .containsExactly(
            Map.of(
                "name",
                "Farm community near the Chinese border",
                "kind",
                "FARM",
                "parent",
                Map.of("name", "Samjiyon")));
    assertThat(county.getString("locations.nodes[0].parent")).isNull();
  }

  @Test
  void placesFilterToWhatTheArticlesStateInFull() {
    // Every place of the articles has a kind or a country (or both) from general knowledge or
    // context, each marked; none is inferred as a whole.
    assertThat(names(Map.of("basis", "PARTLY_INFERRED"))).containsExactlyElementsOf(ALL);
    assertThat(names(Map.of("basis", "STATED"))).isEmpty();
    assertThat(names(Map.of("basis", "INFERRED"))).isEmpty();
    assertThat(names(Map.of("basis", "PARTLY_INFERRED", "kind", "CITY")))
        .containsExactly("Seoul", "Singapore");
  }

  @Test
  void withinListsTheDirectChildrenOfALocation() {
    Map<String, String> ids = locationIds();

    assertThat(names(Map.of("within", ids.get("Samjiyon"))))
        .containsExactly("Farm community near the Chinese border");
    assertThat(names(Map.of("within", ids.get("Samjiyon"), "kind", "FARM")))
        .containsExactly("Farm community near the Chinese border");
    assertThat(names(Map.of("within", ids.get("Samjiyon"), "kind", "CITY"))).isEmpty();
    assertThat(names(Map.of("within", ids.get("Farm community near the Chinese border"))))
        .isEmpty();
    assertThat(names(Map.of("within", ids.get("Korean peninsula")))).isEmpty();
  }

  @Test
  void filtersByKindAndCountry() {
    Map<String, String> countries = countryIds();

    assertThat(names(Map.of("kind", "CITY"))).containsExactly("Seoul", "Singapore");
    assertThat(names(Map.of("kind", "FACILITY"))).containsExactly("Sohae missile test facility");
    assertThat(names(Map.of("kind", "DISTRICT"))).isEmpty();
    assertThat(names(Map.of("country", countries.get("PRK"))))
        .containsExactly(
            "Farm community near the Chinese border",
            "Punggye-ri nuclear site",
            "Samjiyon",
            "Sohae missile test facility");
    assertThat(names(Map.of("country", countries.get("USA"))))
        .containsExactly("Iowa", "White House");
    assertThat(names(Map.of("country", countries.get("USA"), "kind", "VENUE")))
        .containsExactly("White House");
    assertThat(names(Map.of("country", countries.get("VNM")))).isEmpty();
    assertThat(names(Map.of("name", "samjiyon", "kind", "COUNTY"))).containsExactly("Samjiyon");
    assertThat(names(Map.of("name", "%"))).isEmpty();
  }

  @Test
  void countriesListTheirLocationsOptionallyOfOneKind() {
    JsonPath all = GraphQL.document("locations/country-locations").data();
    assertThat(locationsOf(all, "PRK"))
        .containsExactly(
            "Farm community near the Chinese border",
            "Punggye-ri nuclear site",
            "Samjiyon",
            "Sohae missile test facility");
    assertThat(locationsOf(all, "USA")).containsExactly("Iowa", "White House");
    assertThat(locationsOf(all, "KOR")).containsExactly("Seoul");
    assertThat(locationsOf(all, "SGP")).containsExactly("Singapore");
    assertThat(locationsOf(all, "VNM")).isEmpty();
    assertThat(
            all.getList("countries.nodes.find { it.isoCode == 'PRK' }.locations.country.isoCode"))
        .containsOnly("PRK");

    JsonPath farms =
        GraphQL.document("locations/country-locations").variable("kind", "FARM").data();
    assertThat(locationsOf(farms, "PRK")).containsExactly("Farm community near the Chinese border");
    assertThat(farms.getList("countries.nodes.locations.flatten().name"))
        .containsExactly("Farm community near the Chinese border");
  }

  @Test
  void walkingForwardAndBackwardReturnsEachOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "locations",
            after ->
                GraphQL.document("locations/locations")
                    .variable("first", 4)
                    .variable("after", after)
                    .data());
    for (JsonPath page : pages) {
      assertThat(page.getInt("locations.totalCount")).isEqualTo(9);
    }
    List<String> forward = Pages.nodes(pages, "locations.edges.node.name", String.class);
    assertThat(forward).containsExactlyElementsOf(ALL);

    List<JsonPath> pagesBack =
        Pages.backward(
            "locations",
            before ->
                GraphQL.document("locations/locations")
                    .variable("last", 4)
                    .variable("before", before)
                    .data());
    List<String> backward = Pages.nodes(pagesBack, "locations.edges.node.name", String.class);
    assertThat(backward).containsExactlyElementsOf(ALL);
  }

  @Test
  void descendingOrderWalksZToA() {
    List<JsonPath> pages =
        Pages.forward(
            "locations",
            after ->
                GraphQL.document("locations/locations")
                    .variable("orderBy", Map.of("field", "NAME", "direction", "DESC"))
                    .variable("first", 4)
                    .variable("after", after)
                    .data());
    List<String> seen = Pages.nodes(pages, "locations.edges.node.name", String.class);
    List<String> zToA = new ArrayList<>(ALL);
    Collections.reverse(zToA);
    assertThat(seen).containsExactlyElementsOf(zToA);
  }

  @Test
  void idArgumentsMustNameTheRightType() {
    Map<String, String> countries = countryIds();
    var within =
        GraphQL.document("locations/locations")
            .variable("filter", Map.of("within", countries.get("PRK")))
            .errors();
    assertThat(within.get(0).get("message")).asString().contains("expected type Location");
    assertThat(within.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");

    var country =
        GraphQL.document("locations/locations")
            .variable("filter", Map.of("country", "bm9wZQ"))
            .errors();
    assertThat(country.get(0).get("message")).asString().contains("Malformed ID");
  }

  @Test
  void nestedQueryCostsTheSameStatementsWhateverThePageSize() {
    // Locations, countries, countries' locations, parents, parents' children, children, children's
    // residents, residents: one root field, which the compiled read path (platform/compiler) serves
    // with one statement at any page size.
    for (int first : new int[] {1, 2, 5, 50}) {
      assertThat(statementsFor(first)).as("statements at first: %d", first).isEqualTo(1L);
    }
    assertThat(statementsFor(50)).isEqualTo(statementsFor(5));
  }

  private static long statementsFor(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document("locations/locations-nested").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("locations.nodes")).hasSize(Math.min(first, 9));
    return used;
  }

  private static List<String> locationsOf(JsonPath data, String isoCode) {
    return data.getList(
        "countries.nodes.find { it.isoCode == '" + isoCode + "' }.locations.name", String.class);
  }

  private static List<String> names(Map<String, Object> filter) {
    return GraphQL.document("locations/locations")
        .variable("filter", filter)
        .variable("first", 100)
        .data()
        .getList("locations.edges.node.name", String.class);
  }

  private static Map<String, String> locationIds() {
    List<Map<String, String>> edges =
        GraphQL.document("locations/locations")
            .variable("first", 100)
            .data()
            .getList("locations.edges.node");
    return edges.stream().collect(Collectors.toMap(n -> n.get("name"), n -> n.get("id")));
  }

  private static Map<String, String> countryIds() {
    List<Map<String, String>> nodes =
        GraphQL.document("locations/country-ids").data().getList("countries.nodes");
    return nodes.stream().collect(Collectors.toMap(n -> n.get("isoCode"), n -> n.get("id")));
  }
}
