package io.summitgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The events of the three articles, as the root {@code events} and {@code summits} serve them. */
@QuarkusTest
class EventsTest {

  @Inject SeedIds ids;

  /** Dated events, earliest first; the ten undated ones follow in recorded order. */
  static final List<String> DATED =
      List.of(
          "Singapore summit",
          "Mid-term elections on November 6",
          "Trump-Kim follow-up meetings in Vietnam",
          "Trump-Kim meeting of June 2020",
          "2020 U.S. presidential election");

  static final List<String> UNDATED =
      List.of(
          "Trump announces second summit with Kim",
          "Trump's flight to Iowa",
          "Trump campaign rally in Iowa",
          "Trump's remarks on progress in the denuclearization talks",
          "Pompeo's weekend talks with Kim",
          "Pompeo's remarks at the White House",
          "Pompeo's follow-up visit to North Korea",
          "Kim Jong Un's visit to the potato farms",
          "Slated second Trump-Kim summit",
          "Pompeo's face-to-face meeting with Kim Jong Un");

  static JsonPath event(String name) {
    JsonPath data = GraphQL.document("events/event-by-name").variable("name", name).data();
    assertThat(data.getInt("events.totalCount")).as("events named %s", name).isEqualTo(1);
    return data.setRootPath("data.events.nodes[0]");
  }

  static List<String> names(Map<String, Object> filter) {
    return names(filter, null);
  }

  static List<String> names(Map<String, Object> filter, Map<String, Object> orderBy) {
    JsonPath data =
        GraphQL.document("events/events")
            .variable("filter", filter)
            .variable("orderBy", orderBy)
            .variable("first", 100)
            .data();
    List<String> names = data.getList("events.edges.node.name");
    assertThat(data.getInt("events.totalCount")).isEqualTo(names.size());
    return names;
  }

  @Test
  void theFirstSummitWasHeldInSingaporeOnJune12_2018BetweenTrumpAndKim() {
    JsonPath summit = event("Singapore summit");
    assertThat(summit.getString("kind")).isEqualTo("SUMMIT");
    assertThat(summit.getString("status")).isEqualTo("HELD");
    assertThat(summit.getInt("summitSequence")).isEqualTo(1);
    assertThat(summit.getString("date.iso")).isEqualTo("2018-06-12");
    assertThat(summit.getString("date.precision")).isEqualTo("DAY");
    assertThat(summit.getString("date.earliest")).isEqualTo("2018-06-12");
    assertThat(summit.getString("date.latest")).isEqualTo("2018-06-12");
    assertThat(summit.getString("dateNote")).contains("article 001 gives June 12, 2018");
    assertThat(summit.getString("location.name")).isEqualTo("Singapore");
    assertThat(summit.getString("location.kind")).isEqualTo("CITY");
    assertThat(summit.getString("country.isoCode")).isEqualTo("SGP");
    assertThat(summit.getString("outcome")).contains("joint statement");
    assertThat(summit.getString("followUpOf")).isNull();
    assertThat(summit.getList("followUps.name"))
        .containsExactly(
            "Trump-Kim follow-up meetings in Vietnam", "Pompeo's follow-up visit to North Korea");
    assertThat(summit.getList("agreements.title"))
        .containsExactly("Joint statement of the Singapore summit");

    assertThat(summit.getInt("participants.totalCount")).isEqualTo(2);
    assertThat(summit.getList("participants.edges.node.name"))
        .containsExactly("Donald Trump", "Kim Jong Un");
    assertThat(summit.getList("participants.edges.role")).containsExactly("PRINCIPAL", "PRINCIPAL");
    assertThat(summit.getList("participants.edges.capacity"))
        .containsExactly("President of the United States", "Leader of North Korea");
    assertThat(summit.getList("participants.edges.participation.person.name"))
        .containsExactly("Donald Trump", "Kim Jong Un");
    assertThat(summit.getList("participants.edges.participation.event.name"))
        .containsOnly("Singapore summit");
    assertThat(summit.getList("participants.edges.participation.role"))
        .containsExactly("PRINCIPAL", "PRINCIPAL");
    assertThat(summit.getBoolean("participants.pageInfo.hasNextPage")).isFalse();
    assertThat(summit.getList("participants.edges[1].participation.citations.excerpt"))
        .contains(
            "Donald Trump’s historic meeting with North Korean leader Kim Jong Un in Singapore");
  }

  @Test
  void theSecondSummitWasInVietnamInFebruary2019AtMonthPrecisionAndCutShort() {
    JsonPath summit = event("Trump-Kim follow-up meetings in Vietnam");
    assertThat(summit.getString("summitSequence")).as("article 001 does not number them").isNull();
    assertThat(summit.getString("date.iso")).isEqualTo("2019-02");
    assertThat(summit.getString("date.precision")).as("no day is invented").isEqualTo("MONTH");
    assertThat(summit.getString("date.earliest")).isEqualTo("2019-02-01");
    assertThat(summit.getString("date.latest")).isEqualTo("2019-02-28");
    assertThat(summit.getString("country.isoCode")).isEqualTo("VNM");
    assertThat(summit.getString("location")).as("no city is given").isNull();
    assertThat(summit.getString("outcome")).isEqualTo("Cut short without an agreement.");
    assertThat(summit.getList("agreements")).isEmpty();
    assertThat(summit.getString("followUpOf.name")).isEqualTo("Singapore summit");
    assertThat(summit.getList("participants.edges.node.name"))
        .containsExactly("Donald Trump", "Kim Jong Un");
  }

  @Test
  void theJune2020MeetingHasAMonthAndNoPlace() {
    JsonPath meeting = event("Trump-Kim meeting of June 2020");
    assertThat(meeting.getString("kind")).isEqualTo("MEETING");
    assertThat(meeting.getString("date.iso")).isEqualTo("2020-06");
    assertThat(meeting.getString("date.precision")).isEqualTo("MONTH");
    assertThat(meeting.getString("date.earliest")).isEqualTo("2020-06-01");
    assertThat(meeting.getString("date.latest")).isEqualTo("2020-06-30");
    assertThat(meeting.getString("location")).isNull();
    assertThat(meeting.getString("country")).isNull();
    assertThat(meeting.getList("participants.edges.node.name"))
        .containsExactly("Donald Trump", "Kim Jong Un");
  }

  @Test
  void theMidtermsAreDatedNovember6WithTheInferredYearMarked() {
    JsonPath midterms = event("mid-term elections");
    assertThat(midterms.getString("name")).isEqualTo("Mid-term elections on November 6");
    assertThat(midterms.getString("kind")).isEqualTo("ELECTION");
    assertThat(midterms.getString("status")).isEqualTo("PLANNED");
    assertThat(midterms.getString("date.iso")).isEqualTo("--11-06");
    assertThat(midterms.getString("date.precision")).isEqualTo("MONTH_DAY");
    assertThat(midterms.getString("date.earliest")).isEqualTo("2018-11-06");
    assertThat(midterms.getString("date.latest")).isEqualTo("2018-11-06");
    assertThat(midterms.getString("dateNote"))
        .contains("\"November 6\" and gives no year")
        .contains("the year is an inference");
    assertThat(midterms.getString("country.isoCode")).isEqualTo("USA");
    assertThat(midterms.getInt("participants.totalCount")).isZero();
  }

  @Test
  void trumpFlewToIowaForACampaignRally() {
    JsonPath trip = event("flight to Iowa");
    assertThat(trip.getString("name")).isEqualTo("Trump's flight to Iowa");
    assertThat(trip.getString("kind")).isEqualTo("TRIP");
    assertThat(trip.getString("date")).as("no article dates it").isNull();
    assertThat(trip.getString("dateNote")).isEqualTo("No article gives the date.");
    assertThat(trip.getString("location.name")).isEqualTo("Iowa");
    assertThat(trip.getString("location.kind")).isEqualTo("STATE");
    assertThat(trip.getString("country.isoCode")).isEqualTo("USA");
    assertThat(trip.getList("participants.edges.node.name")).containsExactly("Donald Trump");

    assertThat(names(Map.of("kinds", List.of("RALLY"))))
        .containsExactly("Trump campaign rally in Iowa");
  }

  @Test
  void kimVisitedThePotatoFarmsInsteadOfMeetingPompeo() {
    JsonPath visit = event("visit potato farms");
    assertThat(visit.getString("kind")).isEqualTo("VISIT");
    assertThat(visit.getString("location.name"))
        .isEqualTo("Farm community near the Chinese border");
    assertThat(visit.getString("location.kind")).isEqualTo("FARM");
    assertThat(visit.getString("country.isoCode")).isEqualTo("PRK");
    assertThat(visit.getString("dateNote")).contains("supposed to have a face-to-face meeting");
    assertThat(visit.getList("participants.edges.node.name")).containsExactly("Kim Jong Un");
    assertThat(visit.getList("participants.edges.role")).containsExactly("VISITOR");
  }

  @Test
  void pompeosFollowUpVisitStalledWithoutKimWhomHeNeverMet() {
    JsonPath visit = event("follow-up visit to North Korea");
    assertThat(visit.getString("kind")).isEqualTo("VISIT");
    assertThat(visit.getString("followUpOf.name")).isEqualTo("Singapore summit");
    assertThat(visit.getString("country.isoCode")).isEqualTo("PRK");
    assertThat(visit.getString("outcome")).contains("awkward stalemate");
    assertThat(visit.getList("participants.edges.node.name"))
        .containsExactly("Mike Pompeo", "Kim Yong-chol")
        .doesNotContain("Kim Jong Un");
    assertThat(visit.getList("participants.edges.role")).containsExactly("VISITOR", "PARTICIPANT");
    assertThat(visit.getList("participants.edges.capacity"))
        .containsExactly("U.S. Secretary of State", "Foreign Minister");
    assertThat(visit.getList("participants.edges[1].participation.citations.excerpt"))
        .containsExactly(
            "during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol");
  }

  @Test
  void summitsAreListedByTheirNumberInTheSeries() {
    JsonPath data = GraphQL.document("events/summits").data();
    assertThat(data.getInt("summits.totalCount")).isEqualTo(3);
    // Unnumbered summits (article 001 does not number the Vietnam meetings) come last.
    assertThat(data.getList("summits.nodes.name"))
        .containsExactly(
            "Singapore summit",
            "Slated second Trump-Kim summit",
            "Trump-Kim follow-up meetings in Vietnam");
    assertThat(data.getList("summits.nodes.summitSequence")).containsExactly(1, 2, null);
    assertThat(data.getList("summits.nodes.kind")).containsOnly("SUMMIT");
    // The slated summit has no date and no country (nulls inside objects are left out here).
    assertThat(data.getList("summits.nodes.date.precision")).containsExactly("DAY", "MONTH");
    assertThat(data.getList("summits.nodes.date.iso")).containsExactly("2018-06-12", "2019-02");
    assertThat(data.getList("summits.nodes.date.latest"))
        .containsExactly("2018-06-12", "2019-02-28");
    assertThat(data.getList("summits.nodes.country.isoCode")).containsExactly("SGP", "VNM");

    JsonPath descending =
        GraphQL.document("events/summits")
            .variable("orderBy", Map.of("field", "SUMMIT_SEQUENCE", "direction", "DESC"))
            .data();
    assertThat(descending.getList("summits.nodes.summitSequence")).containsExactly(2, 1, null);

    JsonPath visitsOnly =
        GraphQL.document("events/summits")
            .variable("filter", Map.of("kinds", List.of("VISIT")))
            .data();
    assertThat(visitsOnly.getInt("summits.totalCount")).isZero();
  }

  @Test
  void eventsAreOrderedByTheEarliestDayTheirDateAllowsUndatedLast() {
    List<String> all = names(null);
    List<String> expected = new ArrayList<>(DATED);
    expected.addAll(UNDATED);
    assertThat(all).containsExactlyElementsOf(expected);
  }

  @Test
  void descendingDateOrderKeepsUndatedEventsLast() {
    List<String> all = names(null, Map.of("field", "DATE", "direction", "DESC"));
    List<String> expected = new ArrayList<>(reversed(DATED));
    expected.addAll(reversed(UNDATED));
    assertThat(all).containsExactlyElementsOf(expected);
  }

  @Test
  void eventsCanBeOrderedByName() {
    List<String> ascending = names(null, Map.of("field", "NAME"));
    assertThat(ascending).hasSize(15).containsExactlyInAnyOrderElementsOf(names(null));
    assertThat(ascending.subList(0, 2))
        .containsExactly(
            "2020 U.S. presidential election", "Kim Jong Un's visit to the potato farms");
    assertThat(names(null, Map.of("field", "NAME", "direction", "DESC")))
        .containsExactlyElementsOf(reversed(ascending));
  }

  @Test
  void aMonthPrecisionEventMatchesAnyDayOfItsMonth() {
    assertThat(names(Map.of("from", "2019-02-10", "to", "2019-02-10")))
        .containsExactly("Trump-Kim follow-up meetings in Vietnam");
    assertThat(names(Map.of("from", "2019-02-28")))
        .startsWith("Trump-Kim follow-up meetings in Vietnam");
    assertThat(names(Map.of("to", "2019-02-01")))
        .containsExactly(
            "Singapore summit",
            "Mid-term elections on November 6",
            "Trump-Kim follow-up meetings in Vietnam");
    assertThat(names(Map.of("from", "2020-06-15", "to", "2020-06-15")))
        .containsExactly("Trump-Kim meeting of June 2020");
  }

  @Test
  void aDayPrecisionEventMatchesOnlyItsDay() {
    assertThat(names(Map.of("from", "2018-06-12", "to", "2018-06-12")))
        .containsExactly("Singapore summit");
    assertThat(names(Map.of("from", "2018-06-13", "to", "2018-06-30"))).isEmpty();
    assertThat(names(Map.of("from", "2018-01-01", "to", "2018-12-31")))
        .containsExactly("Singapore summit", "Mid-term elections on November 6");
    assertThat(names(Map.of("from", "2020-06-15")))
        .as("undated events never match a range")
        .containsExactly("Trump-Kim meeting of June 2020", "2020 U.S. presidential election");
  }

  @Test
  void anEmptyDateRangeIsRefused() {
    var errors =
        GraphQL.document("events/events")
            .variable("filter", Map.of("from", "2019-03-01", "to", "2019-02-01"))
            .errors();
    assertThat(errors.get(0).get("message").toString())
        .contains("2019-03-01 is after to 2019-02-01");
    assertThat(errors.get(0)).extracting("extensions").asString().contains("BAD_USER_INPUT");
  }

  @Test
  void eventsFilterByKindStatusAndName() {
    assertThat(names(Map.of("kinds", List.of("VISIT"))))
        .containsExactly(
            "Pompeo's follow-up visit to North Korea", "Kim Jong Un's visit to the potato farms");
    assertThat(names(Map.of("kinds", List.of("SUMMIT", "MEETING"))))
        .containsExactly(
            "Singapore summit",
            "Trump-Kim follow-up meetings in Vietnam",
            "Trump-Kim meeting of June 2020",
            "Slated second Trump-Kim summit",
            "Pompeo's face-to-face meeting with Kim Jong Un");
    assertThat(names(Map.of("kinds", List.of()))).isEmpty();
    assertThat(names(Map.of("status", "PLANNED")))
        .containsExactly(
            "Mid-term elections on November 6",
            "2020 U.S. presidential election",
            "Trump campaign rally in Iowa",
            "Slated second Trump-Kim summit");
    assertThat(names(Map.of("status", "NOT_HELD")))
        .containsExactly("Pompeo's face-to-face meeting with Kim Jong Un");
    assertThat(names(Map.of("name", "IOWA")))
        .containsExactly("Trump's flight to Iowa", "Trump campaign rally in Iowa");
    assertThat(names(Map.of("name", "trump kim")))
        .as("hyphens and spacing do not count; the words may stand apart")
        .containsExactly(
            "Trump-Kim follow-up meetings in Vietnam",
            "Trump-Kim meeting of June 2020",
            "Trump announces second summit with Kim",
            "Slated second Trump-Kim summit");
    assertThat(names(Map.of("name", "%"))).as("a wildcard is a literal character").isEmpty();
    assertThat(names(Map.of("name", "_"))).isEmpty();
    assertThat(names(Map.of("name", "Sing%summit"))).as("not a wildcard").isEmpty();
    assertThat(names(Map.of("name", "Trump_Kim")))
        .as("punctuation does not count: it joins or separates words, as in search")
        .containsExactly(
            "Trump-Kim follow-up meetings in Vietnam",
            "Trump-Kim meeting of June 2020",
            "Trump announces second summit with Kim",
            "Slated second Trump-Kim summit");
    assertThat(names(Map.of("name", "'")))
        .as("punctuation-only text is matched literally")
        .contains("Trump's flight to Iowa")
        .doesNotContain("Singapore summit");
  }

  @Test
  void aNameFilterMatchesWordsInAnyOrderAcrossSpellingsAndStems() {
    String visit = "Pompeo's follow-up visit to North Korea";
    assertThat(names(Map.of("name", "Pompeo follow-up visit"))).containsExactly(visit);
    assertThat(names(Map.of("name", "north korea visit POMPEO"))).containsExactly(visit);
    assertThat(names(Map.of("name", "Pompeo followup visit"))).containsExactly(visit);
    assertThat(names(Map.of("name", "Pompeo follow up visits")))
        .as("\"visits\" shares its stem with \"visit\"")
        .containsExactly(visit);
    assertThat(names(Map.of("name", "the Pompeo visit")))
        .as("stop words are ignored")
        .contains(visit);
    assertThat(names(Map.of("name", "Pompeo bakery visit"))).as("every word must match").isEmpty();
    assertThat(names(Map.of("name", "the")))
        .as("stop words alone still match literally")
        .contains("Pompeo's remarks at the White House")
        .doesNotContain("Singapore summit");
  }

  @Test
  void eventsFilterByCountry() {
    assertThat(names(Map.of("country", ids.country("VNM"))))
        .containsExactly("Trump-Kim follow-up meetings in Vietnam");
    assertThat(names(Map.of("country", ids.country("SGP")))).containsExactly("Singapore summit");
    assertThat(names(Map.of("country", ids.country("PRK"))))
        .containsExactly(
            "Pompeo's follow-up visit to North Korea", "Kim Jong Un's visit to the potato farms");
    assertThat(names(Map.of("country", ids.country("CHN")))).isEmpty();
  }

  @Test
  void eventsFilterByLocationIncludingThePlacesInsideIt() {
    assertThat(names(Map.of("location", ids.location("Iowa"))))
        .containsExactly("Trump's flight to Iowa", "Trump campaign rally in Iowa");
    assertThat(names(Map.of("location", ids.location("Farm community near the Chinese border"))))
        .containsExactly("Kim Jong Un's visit to the potato farms");
    assertThat(names(Map.of("location", ids.location("Samjiyon"))))
        .as("the farms lie in the county")
        .containsExactly("Kim Jong Un's visit to the potato farms");
    assertThat(names(Map.of("location", ids.location("Seoul")))).isEmpty();
  }

  @Test
  void eventsFilterByParticipant() {
    assertThat(names(Map.of("participant", ids.person("Kim Jong Un"))))
        .containsExactly(
            "Singapore summit",
            "Trump-Kim follow-up meetings in Vietnam",
            "Trump-Kim meeting of June 2020",
            "Pompeo's weekend talks with Kim",
            "Kim Jong Un's visit to the potato farms",
            "Slated second Trump-Kim summit",
            "Pompeo's face-to-face meeting with Kim Jong Un");
    assertThat(names(Map.of("participant", ids.person("Kim Yong-chol"))))
        .containsExactly("Pompeo's follow-up visit to North Korea");
    assertThat(
            names(
                Map.of(
                    "participant", ids.person("Mike Pompeo"),
                    "kinds", List.of("STATEMENT", "TALKS"))))
        .containsExactly("Pompeo's weekend talks with Kim", "Pompeo's remarks at the White House");
  }

  @Test
  void anIdOfTheWrongTypeOrMalformedIsRefused() {
    var wrongType =
        GraphQL.document("events/events")
            .variable("filter", Map.of("participant", ids.country("PRK")))
            .errors();
    assertThat(wrongType.get(0).get("message").toString())
        .contains("Country", "expected", "Person");
    assertThat(wrongType.get(0)).extracting("extensions").asString().contains("BAD_USER_INPUT");
    var malformed =
        GraphQL.document("events/events")
            .variable("filter", Map.of("location", "not-an-id"))
            .errors();
    assertThat(malformed.get(0).get("message").toString()).contains("Malformed ID");
  }

  @Test
  void pagingForwardVisitsEveryEventOnceInOrder() {
    List<JsonPath> pages =
        Pages.forward(
            "events",
            after ->
                GraphQL.document("events/events")
                    .variable("first", 3)
                    .variable("after", after)
                    .data());
    for (int i = 0; i < pages.size(); i++) {
      JsonPath data = pages.get(i);
      assertThat(data.getInt("events.totalCount")).isEqualTo(15);
      assertThat(data.getBoolean("events.pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> seen = Pages.nodes(pages, "events.edges.node.name");
    assertThat(pages).hasSize(5);
    List<String> expected = new ArrayList<>(DATED);
    expected.addAll(UNDATED);
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void pagingBackwardVisitsEveryEventOnceInOrder() {
    List<JsonPath> pagesBack =
        Pages.backward(
            "events",
            before ->
                GraphQL.document("events/events")
                    .variable("last", 4)
                    .variable("before", before)
                    .variable("orderBy", Map.of("field", "DATE", "direction", "DESC"))
                    .data());
    List<String> seen = Pages.nodes(pagesBack, "events.edges.node.name");
    List<String> expected = new ArrayList<>(reversed(DATED));
    expected.addAll(reversed(UNDATED));
    assertThat(seen).containsExactlyElementsOf(expected);
  }

  @Test
  void aCursorOfAnotherOrderingIsRefused() {
    String cursor =
        GraphQL.document("events/events")
            .variable("first", 1)
            .data()
            .getString("events.pageInfo.endCursor");
    var errors =
        GraphQL.document("events/events")
            .variable("first", 1)
            .variable("after", cursor)
            .variable("orderBy", Map.of("field", "NAME"))
            .errors();
    assertThat(errors.get(0)).extracting("extensions").asString().contains("BAD_USER_INPUT");
  }

  @Test
  void aPageSizeOverTheLimitIsRefused() {
    var errors = GraphQL.document("events/events").variable("first", 101).errors();
    assertThat(errors.get(0).get("message").toString()).contains("first must be between 0 and 100");
  }

  static <T> List<T> reversed(List<T> list) {
    List<T> copy = new ArrayList<>(list);
    Collections.reverse(copy);
    return copy;
  }
}
