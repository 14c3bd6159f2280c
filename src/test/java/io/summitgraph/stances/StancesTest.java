package io.summitgraph.stances;

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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class StancesTest {

  private static final String NODES = "stances.edges.node";
  private static final String VERIFICATION =
      "Greater verification measures to ensure that North Korea is living up to its promises";
  private static final String JOINT_STATEMENT = "Joint statement of the Singapore summit";

  @Test
  void japanAndSouthKoreaCallForVerification() {
    JsonPath data =
        GraphQL.document("stances/stances").variable("filter", Map.of("kind", "CALL_FOR")).data();

    assertThat(data.getInt("stances.totalCount")).isEqualTo(1);
    assertThat(data.getString(NODES + "[0].description")).isEqualTo(VERIFICATION);
    assertThat(data.getString(NODES + "[0].holderDescription")).isEqualTo("other U.S. allies");
    assertThat(data.getList(NODES + "[0].holders.__typename"))
        .containsExactly("Country", "Country");
    assertThat(data.getList(NODES + "[0].holders.isoCode")).containsExactly("JPN", "KOR");
    assertThat((Object) data.get(NODES + "[0].event")).isNull();
    assertThat((Object) data.get(NODES + "[0].agreement")).isNull();
  }

  @Test
  void holdersAreNamedPartiesInTheOrderTheSourcesGive() {
    JsonPath data = GraphQL.document("stances/stances").variable("first", 100).data();
    List<Map<String, Object>> stances = data.getList(NODES);
    assertThat(stances).hasSize(23);

    Map<String, Object> together = byDescription(stances, "Potential for further cooperation");
    assertThat(names(together)).containsExactly("Donald Trump", "Kim Jong Un");
    assertThat(names(byDescription(stances, "Interest in further engagement")))
        .containsExactly("Donald Trump", "Kim Jong Un");
    assertThat(names(byDescription(stances, "A clear path to full and final verified")))
        .containsExactly("Mike Pompeo");
    // Described, not named: no holders.
    Map<String, Object> experts = byDescription(stances, "Kim's promises are a polite routine");
    assertThat(experts.get("holderDescription")).isEqualTo("experts");
    assertThat(names(experts)).isEmpty();
  }

  @Test
  void partiesNavigateToTheStancesTheyHold() {
    JsonPath data =
        GraphQL.document("stances/party-stances").variable("text", "spectacular").data();
    List<Map<String, Object>> countries = data.getList("countries.nodes");
    for (Map<String, Object> country : countries) {
      Map<?, ?> stances = (Map<?, ?>) country.get("stances");
      List<Object> descriptions =
          ((List<?>) stances.get("nodes"))
              .stream().<Object>map(s -> ((Map<?, ?>) s).get("description")).toList();
      if (List.of("JPN", "KOR").contains(country.get("isoCode"))) {
        assertThat(descriptions).containsExactly(VERIFICATION);
        assertThat(stances.get("totalCount")).isEqualTo(1);
      } else {
        assertThat(descriptions).as((String) country.get("isoCode")).isEmpty();
      }
    }

    String trump = "quotes.nodes[0].speaker";
    assertThat(data.getString(trump + ".name")).isEqualTo("Donald Trump");
    assertThat(data.getInt(trump + ".stances.totalCount")).isEqualTo(7);
    assertThat(data.getList(trump + ".stances.edges.node.kind"))
        .containsExactly(
            "ASSESSMENT",
            "ASSESSMENT",
            "CONCERN",
            "CONFIDENCE",
            "CONFIDENCE",
            "SUPPORT",
            "SUPPORT");

    // The holder filter of the root list finds the same stances, for a person and a country.
    List<String> byHolder = descriptions(Map.of("holder", data.getString(trump + ".id")));
    assertThat(byHolder).isEqualTo(data.getList(trump + ".stances.edges.node.description"));
    String japan =
        (String)
            countries.stream()
                .filter(c -> "JPN".equals(c.get("isoCode")))
                .findFirst()
                .orElseThrow()
                .get("id");
    assertThat(descriptions(Map.of("holder", japan))).containsExactly(VERIFICATION);

    JsonPath pompeo =
        GraphQL.document("stances/party-stances").variable("text", "productive").data();
    assertThat(pompeo.getList("quotes.nodes[0].speaker.stances.edges.node.description"))
        .containsExactly(
            "A clear path to full and final verified denuclearization has emerged, though there is"
                + " still a long way to go");

    // Organizations hold no stance in the articles.
    JsonPath gangster =
        GraphQL.document("stances/party-stances").variable("text", "gangster").data();
    assertThat(gangster.getString("quotes.nodes[0].organization.name"))
        .isEqualTo("Foreign Ministry of North Korea");
    assertThat(gangster.getInt("quotes.nodes[0].organization.stances.totalCount")).isZero();
    assertThat(gangster.getList("quotes.nodes[0].reportedVia.stances.totalCount")).containsOnly(0);
  }

  @Test
  void aPersonsStancesPageWithoutGapsOrRepeats() {
    String stances = "quotes.nodes[0].speaker.stances";
    List<JsonPath> pages =
        Pages.forward(
            stances,
            after ->
                GraphQL.document("stances/party-stances")
                    .variable("text", "spectacular")
                    .variable("first", 2)
                    .variable("after", after)
                    .data());
    List<String> seen = Pages.nodes(pages, stances + ".edges.node.description");
    assertThat(seen).hasSize(7).doesNotHaveDuplicates();
  }

  @Test
  void eventsAndAgreementsNavigateToTheStancesAboutThem() {
    JsonPath data = GraphQL.document("stances/topic-stances").variable("kind", "CONFIDENCE").data();
    List<Map<String, Object>> stances = data.getList("stances.nodes");

    Map<String, Object> seeingTheLight =
        byDescription(stances, "Progress made at the first summit");
    Map<?, ?> singapore = (Map<?, ?>) seeingTheLight.get("event");
    assertThat(singapore.get("name")).isEqualTo("Singapore summit");
    assertThat(((Map<?, ?>) singapore.get("stances")).get("totalCount")).isEqualTo(1);

    Map<String, Object> sincere = byDescription(stances, "North Korea is sincere");
    Map<?, ?> statement = (Map<?, ?>) sincere.get("agreement");
    assertThat(statement.get("title")).isEqualTo(JOINT_STATEMENT);
    Map<?, ?> aboutStatement = (Map<?, ?>) statement.get("stances");
    assertThat(aboutStatement.get("totalCount")).isEqualTo(5);
    assertThat(
            ((List<?>) aboutStatement.get("nodes"))
                .stream().<Object>map(s -> ((Map<?, ?>) s).get("kind")).toList())
        .containsExactly("ASSESSMENT", "ASSESSMENT", "CONFIDENCE", "SKEPTICISM", "SKEPTICISM");

    // The event filter of the root list matches Event.stances.
    assertThat(descriptions(Map.of("event", (String) singapore.get("id"))))
        .containsExactly(
            "Progress made at the first summit: \"seeing the light\" in the denuclearization talks");

    JsonPath election =
        GraphQL.document("stances/topic-stances").variable("kind", "ASSESSMENT").data();
    Map<String, Object> reElection =
        byDescription(election.getList("stances.nodes"), "could boost his re-election campaign");
    assertThat(((Map<?, ?>) reElection.get("event")).get("name"))
        .isEqualTo("2020 U.S. presidential election");
  }

  @Test
  void filtersCombineAndRefuseAHolderThatIsNoParty() {
    assertThat(descriptions(Map.of("kind", "CONCERN"))).hasSize(2);
    assertThat(descriptions(Map.of("kind", "CRITICISM"))).isEmpty();

    JsonPath trump =
        GraphQL.document("stances/party-stances").variable("text", "spectacular").data();
    String id = trump.getString("quotes.nodes[0].speaker.id");
    assertThat(descriptions(Map.of("holder", id, "kind", "CONFIDENCE"))).hasSize(2);

    String stance =
        GraphQL.document("stances/stances").variable("first", 1).data().getString(NODES + "[0].id");
    var errors =
        GraphQL.document("stances/stances").variable("filter", Map.of("holder", stance)).errors();
    assertThat(errors.get(0).get("message"))
        .asString()
        .contains("expected a Person, Country or Organization");
    assertThat(errors.get(0)).extracting("extensions.code").isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void ordersByKindOrDescriptionBothWays() {
    List<String> kinds = ordered("KIND", "ASC", "kind");
    List<String> sorted = new ArrayList<>(kinds);
    Collections.sort(sorted);
    assertThat(kinds).hasSize(23).isEqualTo(sorted).startsWith("ASSESSMENT").endsWith("SUPPORT");
    List<String> descending = ordered("KIND", "DESC", "kind");
    Collections.sort(sorted, Collections.reverseOrder());
    assertThat(descending).isEqualTo(sorted);

    List<String> byDescription = ordered("DESCRIPTION", "ASC", "description");
    List<String> reversed = new ArrayList<>(ordered("DESCRIPTION", "DESC", "description"));
    Collections.reverse(reversed);
    assertThat(byDescription).hasSize(23).isEqualTo(reversed);
  }

  @Test
  void walkingForwardAndBackwardVisitsEveryStanceOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "stances",
            after ->
                GraphQL.document("stances/stances")
                    .variable("first", 5)
                    .variable("after", after)
                    .data());
    for (JsonPath page : pages) {
      assertThat(page.getInt("stances.totalCount")).isEqualTo(23);
    }
    List<String> forward = Pages.nodes(pages, NODES + ".id");
    List<JsonPath> pagesBack =
        Pages.backward(
            "stances",
            before ->
                GraphQL.document("stances/stances")
                    .variable("last", 6)
                    .variable("before", before)
                    .data());
    List<String> backward = Pages.nodes(pagesBack, NODES + ".id");
    List<String> all =
        GraphQL.document("stances/stances").variable("first", 100).data().getList(NODES + ".id");
    assertThat(forward).hasSize(23).doesNotHaveDuplicates().isEqualTo(all);
    assertThat(backward).isEqualTo(all);
  }

  // One branch per request. Asked together, the two branches need the holders batch at
  // different depths, and graphql-java dispatches every loader with waiting keys once a level is
  // ready: whether the two depths share a statement depends on which branch's batches came back
  // first from the worker pool (16 or 17 statements, one request in 40, whatever the page size).
  @Test
  void stancesNestedUnderSpeakersCostTheSameStatementsWhateverThePageSize() {
    Set<Long> counts =
        statementCounts(
            "stances/speakers-stances-nested",
            data -> {
              assertThat(data.getList("quotes.nodes.speaker.name", String.class))
                  .contains("Donald Trump", "Mike Pompeo");
              assertThat(data.getList("quotes.nodes.speaker.stances.totalCount", Integer.class))
                  .isNotEmpty()
                  .allMatch(count -> count > 0);
            });
    assertThat(counts).hasSize(1);
  }

  @Test
  void stancesNestedUnderCountriesCostTheSameStatementsWhateverThePageSize() {
    Set<Long> counts =
        statementCounts(
            "stances/countries-stances-nested",
            data -> {
              assertThat(data.getList("countries.nodes.isoCode")).contains("JPN", "KOR");
              assertThat(data.getList("countries.nodes.stances.nodes.holders.isoCode").toString())
                  .contains("JPN", "KOR");
            });
    assertThat(counts).hasSize(1);
  }

  /**
   * The statement counts seen when the document is asked, repeatedly, for pages of 5 and of 50,
   * each answer checked by {@code facts}.
   */
  private static Set<Long> statementCounts(String document, Consumer<JsonPath> facts) {
    Set<Long> counts = new TreeSet<>();
    statements(document, 5, facts);
    for (int i = 0; i < 5; i++) {
      counts.add(statements(document, 5, facts));
      counts.add(statements(document, 50, facts));
    }
    return counts;
  }

  private static long statements(String document, int first, Consumer<JsonPath> facts) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document(document).variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    facts.accept(data);
    return used;
  }

  private static List<String> descriptions(Map<String, Object> filter) {
    return GraphQL.document("stances/stances")
        .variable("filter", filter)
        .variable("first", 100)
        .data()
        .getList(NODES + ".description");
  }

  private static List<String> ordered(String field, String direction, String property) {
    return GraphQL.document("stances/stances")
        .variable("orderBy", Map.of("field", field, "direction", direction))
        .variable("first", 100)
        .data()
        .getList(NODES + "." + property);
  }

  private static Map<String, Object> byDescription(List<Map<String, Object>> stances, String part) {
    return stances.stream()
        .filter(s -> ((String) s.get("description")).contains(part))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No stance about " + part));
  }

  private static List<Object> names(Map<String, Object> stance) {
    return ((List<?>) stance.get("holders"))
        .stream().<Object>map(h -> ((Map<?, ?>) h).get("name")).toList();
  }
}
