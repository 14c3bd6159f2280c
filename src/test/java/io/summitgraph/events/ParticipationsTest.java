package io.summitgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who took part in what, navigated from events, from people and from participations. */
@QuarkusTest
class ParticipationsTest {

  @Inject SeedIds ids;

  static JsonPath personEvents(String personId, Integer first, String after, Object filter) {
    return GraphQL.document("events/person-events")
        .variable("id", personId)
        .variable("first", first)
        .variable("after", after)
        .variable("filter", filter)
        .data()
        .setRootPath("data.node");
  }

  @Test
  void kimJongUnsEventsComeInDateOrderWithHisPart() {
    JsonPath kim = personEvents(ids.person("Kim Jong Un"), null, null, null);
    assertThat(kim.getString("name")).isEqualTo("Kim Jong Un");
    assertThat(kim.getInt("events.totalCount")).isEqualTo(7);
    assertThat(kim.getList("events.edges.node.name"))
        .containsExactly(
            "Singapore summit",
            "Trump-Kim follow-up meetings in Vietnam",
            "Trump-Kim meeting of June 2020",
            "Pompeo's weekend talks with Kim",
            "Kim Jong Un's visit to the potato farms",
            "Slated second Trump-Kim summit",
            "Pompeo's face-to-face meeting with Kim Jong Un")
        .doesNotContain("Pompeo's follow-up visit to North Korea");
    assertThat(kim.getList("events.nodes.name")).isEqualTo(kim.getList("events.edges.node.name"));
    assertThat(kim.getList("events.edges.role"))
        .containsExactly(
            "PRINCIPAL",
            "PRINCIPAL",
            "PRINCIPAL",
            "PRINCIPAL",
            "VISITOR",
            "PRINCIPAL",
            "PRINCIPAL");
    assertThat(kim.getList("events.edges.capacity")).containsOnly("Leader of North Korea");
    assertThat(kim.getList("events.edges.node.date.iso"))
        .containsExactly("2018-06-12", "2019-02", "2020-06");
    assertThat(kim.getList("events.edges.node.date").subList(3, 7)).containsOnlyNulls();
    assertThat(kim.getList("events.edges.node.date.precision"))
        .containsExactly("DAY", "MONTH", "MONTH");
    assertThat(kim.getList("events.edges.participation.person.name")).containsOnly("Kim Jong Un");
    assertThat(kim.getList("events.edges.participation.event.name"))
        .isEqualTo(kim.getList("events.edges.node.name"));
  }

  @Test
  void pompeoMetOnlyKimYongCholOnHisFollowUpVisit() {
    JsonPath host = personEvents(ids.person("Kim Yong-chol"), null, null, null);
    assertThat(host.getList("events.edges.node.name"))
        .containsExactly("Pompeo's follow-up visit to North Korea");
    assertThat(host.getList("events.edges.role")).containsExactly("PARTICIPANT");
    assertThat(host.getList("events.edges.capacity")).containsExactly("Foreign Minister");

    JsonPath pompeo = personEvents(ids.person("Mike Pompeo"), null, null, null);
    assertThat(pompeo.getList("events.edges.node.name"))
        .containsExactly(
            "Pompeo's weekend talks with Kim",
            "Pompeo's remarks at the White House",
            "Pompeo's follow-up visit to North Korea",
            "Pompeo's face-to-face meeting with Kim Jong Un");
    assertThat(pompeo.getList("events.edges.role"))
        .containsExactly("PRINCIPAL", "SPEAKER", "VISITOR", "PRINCIPAL");
  }

  @Test
  void aPersonsEventsCanBeFiltered() {
    JsonPath summits =
        personEvents(ids.person("Donald Trump"), null, null, Map.of("kinds", List.of("SUMMIT")));
    assertThat(summits.getInt("events.totalCount")).isEqualTo(3);
    assertThat(summits.getList("events.edges.node.name"))
        .containsExactly(
            "Singapore summit",
            "Trump-Kim follow-up meetings in Vietnam",
            "Slated second Trump-Kim summit");

    JsonPath in2020 =
        personEvents(
            ids.person("Donald Trump"),
            null,
            null,
            Map.of("from", "2020-01-01", "to", "2020-12-31"));
    assertThat(in2020.getList("events.edges.node.name"))
        .containsExactly("Trump-Kim meeting of June 2020", "2020 U.S. presidential election");
    assertThat(in2020.getList("events.edges.role")).containsExactly("PRINCIPAL", "CANDIDATE");
  }

  @Test
  void walkingTrumpsEventsTwoAtATimeVisitsEachOnce() {
    String trump = ids.person("Donald Trump");
    List<String> all = personEvents(trump, 100, null, null).getList("events.edges.node.name");
    assertThat(all).hasSize(9);
    List<JsonPath> pages = Pages.forward("events", after -> personEvents(trump, 2, after, null));
    for (int i = 0; i < pages.size(); i++) {
      JsonPath page = pages.get(i);
      assertThat(page.getInt("events.totalCount")).isEqualTo(9);
      assertThat(page.getBoolean("events.pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> seen = Pages.nodes(pages, "events.edges.node.name");
    assertThat(seen).containsExactlyElementsOf(all).doesNotHaveDuplicates();
    assertThat(seen)
        .containsExactly(
            "Singapore summit",
            "Trump-Kim follow-up meetings in Vietnam",
            "Trump-Kim meeting of June 2020",
            "2020 U.S. presidential election",
            "Trump announces second summit with Kim",
            "Trump's flight to Iowa",
            "Trump campaign rally in Iowa",
            "Trump's remarks on progress in the denuclearization talks",
            "Slated second Trump-Kim summit");
  }

  @Test
  void walkingAnEventsParticipantsOneAtATimeVisitsEachOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "",
            after ->
                GraphQL.document("events/participants-page")
                    .variable("name", "follow-up visit to North Korea")
                    .variable("first", 1)
                    .variable("after", after)
                    .data()
                    .setRootPath("data.events.nodes[0].participants"));
    for (JsonPath page : pages) {
      assertThat(page.getInt("totalCount")).isEqualTo(2);
    }
    List<String> seen = Pages.nodes(pages, "edges.node.name");
    List<String> roles = Pages.nodes(pages, "edges.role");
    assertThat(seen).containsExactly("Mike Pompeo", "Kim Yong-chol");
    assertThat(roles).containsExactly("VISITOR", "PARTICIPANT");
  }

  @Test
  void aParticipationIsANodeWithBothEnds() {
    String participationId =
        EventsTest.event("visit potato farms").getString("participants.edges[0].participation.id");
    JsonPath node =
        GraphQL.document("events/participation-node")
            .variable("id", participationId)
            .data()
            .setRootPath("data.node");
    assertThat(node.getString("__typename")).isEqualTo("Participation");
    assertThat(node.getString("role")).isEqualTo("VISITOR");
    assertThat(node.getString("capacity")).isEqualTo("Leader of North Korea");
    assertThat(node.getString("event.name")).isEqualTo("Kim Jong Un's visit to the potato farms");
    assertThat(node.getString("person.name")).isEqualTo("Kim Jong Un");
  }
}
