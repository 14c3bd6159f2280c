package io.summitgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Events seen from the places and countries they were held in. */
@QuarkusTest
class EventPlacesTest {

  @Inject SeedIds ids;

  static JsonPath locationEvents(String locationId, Integer first, String after) {
    return GraphQL.document("events/location-events")
        .variable("id", locationId)
        .variable("first", first)
        .variable("after", after)
        .data()
        .setRootPath("data.node");
  }

  static JsonPath countryEvents(String isoCode, Integer first, String after) {
    return GraphQL.document("events/country-events")
        .variable("isoCodes", List.of(isoCode))
        .variable("first", first)
        .variable("after", after)
        .data()
        .setRootPath("data.countries.nodes[0]");
  }

  @Test
  void theEventsHeldAtAPlaceAreTheEventsWhoseLocationItIs() {
    String singapore = EventsTest.event("Singapore summit").getString("location.id");
    JsonPath atSingapore = locationEvents(singapore, null, null);
    assertThat(atSingapore.getString("name")).isEqualTo("Singapore");
    assertThat(atSingapore.getInt("events.totalCount")).isEqualTo(1);
    assertThat(atSingapore.getList("events.edges.node.name")).containsExactly("Singapore summit");

    JsonPath inIowa = locationEvents(ids.location("Iowa"), null, null);
    assertThat(inIowa.getList("events.edges.node.name"))
        .containsExactly("Trump's flight to Iowa", "Trump campaign rally in Iowa");
    assertThat(inIowa.getList("events.edges.node.location.name")).containsOnly("Iowa");
  }

  @Test
  void aPlaceListsTheEventsAtThePlacesInsideIt() {
    JsonPath county = locationEvents(ids.location("Samjiyon"), null, null);
    assertThat(county.getList("events.edges.node.name"))
        .containsExactly("Kim Jong Un's visit to the potato farms");
    assertThat(county.getList("events.edges.node.location.name"))
        .containsExactly("Farm community near the Chinese border");
    assertThat(locationEvents(ids.location("Seoul"), null, null).getInt("events.totalCount"))
        .isZero();
  }

  @Test
  void walkingTheEventsInIowaOneAtATimeVisitsEachOnce() {
    String iowa = ids.location("Iowa");
    List<JsonPath> pages = Pages.forward("events", after -> locationEvents(iowa, 1, after));
    for (JsonPath page : pages) {
      assertThat(page.getInt("events.totalCount")).isEqualTo(2);
    }
    List<String> seen = Pages.nodes(pages, "events.edges.node.name");
    assertThat(seen).containsExactly("Trump's flight to Iowa", "Trump campaign rally in Iowa");
  }

  @Test
  void aCountryListsTheEventsInItEarliestFirst() {
    JsonPath usa = countryEvents("USA", null, null);
    assertThat(usa.getInt("events.totalCount")).isEqualTo(5);
    assertThat(usa.getList("events.nodes.name"))
        .containsExactly(
            "Mid-term elections on November 6",
            "2020 U.S. presidential election",
            "Trump's flight to Iowa",
            "Trump campaign rally in Iowa",
            "Pompeo's remarks at the White House");
    assertThat(usa.getList("events.nodes.country.isoCode")).containsOnly("USA");

    assertThat(countryEvents("VNM", null, null).getList("events.nodes.name"))
        .containsExactly("Trump-Kim follow-up meetings in Vietnam");
    assertThat(countryEvents("PRK", null, null).getList("events.nodes.name"))
        .containsExactly(
            "Pompeo's follow-up visit to North Korea", "Kim Jong Un's visit to the potato farms");
    assertThat(countryEvents("JPN", null, null).getInt("events.totalCount")).isZero();
  }

  @Test
  void walkingTheEventsInTheUnitedStatesTwoAtATimeVisitsEachOnce() {
    List<String> all = countryEvents("USA", null, null).getList("events.nodes.name");
    List<JsonPath> pages = Pages.forward("events", after -> countryEvents("USA", 2, after));
    List<String> seen = Pages.nodes(pages, "events.nodes.name");
    assertThat(seen).containsExactlyElementsOf(all).doesNotHaveDuplicates();
  }
}
