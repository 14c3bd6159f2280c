package io.summitgraph.disputes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisputesTest {

  private static final String ARTICLE_000 = "000_45ece6f1795f26b7";
  private static final String ARTICLE_001 = "001_d936e0b87956d889";
  private static final String ARTICLE_002 = "002_49d120ea23732ed2";
  private static final String POMPEO_VISIT = "Pompeo's follow-up visit to North Korea";
  private static final String STALEMATE =
      "the meeting between Pompeo and top North Korean officials ended in an awkward stalemate,"
          + " according to reports. Kim Jong Un was not present during the overnight visit, and no"
          + " progress on denuclearization talks was established, according to sources via CNN.";

  @Test
  void fourOpenDisputesInTheOrderRecorded() {
    JsonPath data = GraphQL.document("disputes/disputes").data();

    assertThat(data.getInt("disputes.totalCount")).isEqualTo(4);
    assertThat(data.getList("disputes.edges.node", Map.class))
        .extracting(
            d -> d.get("property"),
            d -> ((Map<?, ?>) d.get("fact")).get("__typename"),
            d -> d.get("resolved"))
        .containsExactly(
            tuple("outcome", "Event", false),
            tuple("sincerity", "Commitment", false),
            tuple("sincerity", "Commitment", false),
            tuple("duration", "Event", false));
    assertThat(data.getList("disputes.edges.node.fact.name"))
        .containsExactly(POMPEO_VISIT, null, null, POMPEO_VISIT);
    assertThat(data.getList("disputes.edges.node.fact.description"))
        .containsExactly(
            null,
            "Work toward complete denuclearization",
            "Let international inspectors into the Punggye-ri nuclear site and the Sohae"
                + " missile test facility",
            null);
    assertThat(data.getString("disputes.edges[3].node.description"))
        .isEqualTo(
            "Article 002 calls the same visit an \"overnight visit\" and a \"three-day visit\".");
  }

  @Test
  void howPompeosVisitWentAccordingToEachSide() {
    Map<String, Object> outcome = dispute("outcome");

    List<Map<String, Object>> claims = claims(outcome);
    assertThat(claims)
        .extracting(c -> c.get("value"), c -> fact(c).get("__typename"), c -> fact(c).get("text"))
        .containsExactly(
            tuple("Productive (Pompeo)", "Quote", "productive"),
            tuple("The talks were made in good faith (Pompeo)", "Quote", "in good faith"),
            tuple(
                "An awkward stalemate with no progress on denuclearization (reports; sources via"
                    + " CNN)",
                "Event",
                null),
            tuple(
                "The North Koreans were just messing around, not serious about moving forward (an"
                    + " insider, via CNN)",
                "Quote",
                "The North Koreans were just messing around, not serious about moving forward"),
            tuple(
                "Went as badly as it could have (unattributed)",
                "Quote",
                "as badly as it could have"),
            tuple(
                "Pompeo's approach was gangster-like (North Korean foreign ministry official, via"
                    + " KCNA and the Independent)",
                "Quote",
                "gangster-like"));
    assertThat(claims)
        .extracting(c -> citation(c).get("excerpt"))
        .containsExactly(
            "Pompeo would only comment that the meeting was \"productive.\"",
            "Pompeo would generously describe the talks with the country's top officials to have"
                + " been made \"in good faith,\"",
            STALEMATE,
            "\"The North Koreans were just messing around, not serious about moving forward,\" the"
                + " insider, who is said to have close knowledge of the discussions, described the"
                + " meeting.",
            "the meeting is now seen to have gone \"as badly as it could have.\"",
            "an unidentified foreign ministry official for North Korea described Pompeo's approach"
                + " as \"gangster-like,\" according to the state-run Korean Central News Agency"
                + " (KCNA) via the Independent.");
    assertThat(claims)
        .extracting(c -> names(citation(c).get("reportedVia")))
        .containsExactly(
            List.of(),
            List.of(),
            List.of("CNN"),
            List.of("CNN"),
            List.of(),
            List.of("KCNA", "The Independent"));
    // Every claim stands verbatim in article 002, where its citation says it does.
    for (Map<String, Object> claim : claims) {
      assertThat(excerptIsInItsSource(citation(claim), ARTICLE_002)).isTrue();
    }
    // The stalemate claim cites the disputed event itself.
    assertThat(fact(claims.get(2)).get("id"))
        .isEqualTo(((Map<?, ?>) outcome.get("fact")).get("id"));
  }

  @Test
  void article002ContradictsItselfOnHowLongTheVisitLasted() {
    Map<String, Object> duration = dispute("duration");

    List<Map<String, Object>> claims = claims(duration);
    assertThat(claims)
        .extracting(c -> c.get("value"))
        .containsExactly("Overnight visit", "Three-day visit");
    assertThat(claims)
        .extracting(c -> citation(c).get("excerpt"))
        .containsExactly(
            STALEMATE,
            "the leader was apparently out of town, as his top deputy told Pompeo's delegation"
                + " during his three-day visit");
    for (Map<String, Object> claim : claims) {
      assertThat(fact(claim).get("name")).isEqualTo(POMPEO_VISIT);
      assertThat(excerptIsInItsSource(citation(claim), ARTICLE_002)).isTrue();
    }
  }

  @Test
  void whetherNorthKoreaIsSincereDividesArticle001() {
    JsonPath data = GraphQL.document("disputes/disputes").data();
    Map<String, Object> sincerity = data.getMap("disputes.edges[1].node");

    List<Map<String, Object>> claims = claims(sincerity);
    assertThat(claims)
        .extracting(c -> c.get("value"))
        .containsExactly(
            "North Korea is sincere in its commitment to denuclearization (Trump)",
            "Possibly simply a negotiating tactic to secure concessions (analysts and experts,"
                + " divided)",
            "Doubtful (many analysts remain skeptical)",
            "Doubtful whether it would lead to actual policy changes in North Korea (some"
                + " analysts)");
    for (Map<String, Object> claim : claims) {
      assertThat(fact(claim).get("__typename")).isEqualTo("Stance");
      assertThat(excerptIsInItsSource(citation(claim), ARTICLE_001)).isTrue();
    }
    // The inspectors dispute sets article 000's Pompeo against its experts.
    Map<String, Object> inspectors = data.getMap("disputes.edges[2].node");
    assertThat(claims(inspectors))
        .extracting(c -> c.get("value"))
        .containsExactly(
            "A clear path to full and final verified denuclearization has emerged (Pompeo)",
            "A polite routine rather than genuine breakthroughs (experts)");
    for (Map<String, Object> claim : claims(inspectors)) {
      assertThat(excerptIsInItsSource(citation(claim), ARTICLE_000)).isTrue();
    }
  }

  @Test
  void theVisitIsDisputedAndTheFirstSummitIsNot() {
    Map<String, String> events = eventIds();

    JsonPath visit =
        GraphQL.document("disputes/fact-disputes").variable("id", events.get(POMPEO_VISIT)).data();
    assertThat(visit.getString("node.__typename")).isEqualTo("Event");
    assertThat(visit.getBoolean("node.disputed")).isTrue();
    assertThat(visit.getList("node.disputes", Map.class))
        .extracting(d -> d.get("property"), d -> d.get("resolved"), d -> d.get("fact"))
        .containsExactly(
            tuple("outcome", false, Map.of("id", events.get(POMPEO_VISIT))),
            tuple("duration", false, Map.of("id", events.get(POMPEO_VISIT))));
    assertThat(visit.getList("node.disputes[0].claims.value")).hasSize(6);
    assertThat(visit.getList("node.disputes[1].claims.value")).hasSize(2);

    JsonPath summit =
        GraphQL.document("disputes/fact-disputes")
            .variable("id", events.get("Singapore summit"))
            .data();
    assertThat(summit.getString("node.name")).isEqualTo("Singapore summit");
    assertThat(summit.getBoolean("node.disputed")).isFalse();
    assertThat(summit.getList("node.disputes")).isEmpty();
  }

  @Test
  @SuppressWarnings("unchecked")
  void theDisputesOfAFactAreTheOnesThatNameIt() {
    JsonPath all = GraphQL.document("disputes/disputes").data();

    for (Map<String, Object> dispute : all.<Map<String, Object>>getList("disputes.edges.node")) {
      Map<?, ?> fact = (Map<?, ?>) dispute.get("fact");
      assertThat(fact.get("disputed")).isEqualTo(true);
      assertThat((List<Object>) fact.get("disputes"))
          .contains(Map.of("id", dispute.get("id"), "property", dispute.get("property")));
    }
  }

  @Test
  void filteringByResolution() {
    JsonPath open = GraphQL.document("disputes/disputes").variable("resolved", false).data();
    JsonPath settled = GraphQL.document("disputes/disputes").variable("resolved", true).data();
    JsonPath both = GraphQL.document("disputes/disputes").data();

    assertThat(open.getInt("disputes.totalCount")).isEqualTo(4);
    assertThat(open.getList("disputes.edges.node.id"))
        .isEqualTo(both.getList("disputes.edges.node.id"));
    assertThat(settled.getInt("disputes.totalCount")).isZero();
    assertThat(settled.getList("disputes.edges")).isEmpty();
    assertThat(settled.getBoolean("disputes.pageInfo.hasNextPage")).isFalse();
  }

  @Test
  void walkingOneDisputeAtATimeGivesEachOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "disputes",
            after ->
                GraphQL.document("disputes/disputes")
                    .variable("first", 1)
                    .variable("after", after)
                    .data());
    for (JsonPath data : pages) {
      assertThat(data.getInt("disputes.totalCount")).isEqualTo(4);
    }
    List<String> walked = Pages.nodes(pages, "disputes.edges.node.id", String.class);

    assertThat(walked)
        .doesNotHaveDuplicates()
        .isEqualTo(GraphQL.document("disputes/disputes").data().getList("disputes.edges.node.id"));
  }

  @Test
  void nestedDisputesCostTheSameStatementsWhateverThePageSize() {
    // disputes, total, facts (kinds + events + commitments), disputed, disputes, claims,
    // citations, sources, chains, outlets: one statement each, whatever the page size.
    long one = statementsFor(1);
    long five = statementsFor(5);
    long fifty = statementsFor(50);

    assertThat(five).isEqualTo(fifty);
    assertThat(one).isLessThanOrEqualTo(five);
  }

  private static long statementsFor(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document("disputes/disputes-nested").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("disputes.nodes")).hasSize(Math.min(first, 4));
    return used;
  }

  private static Map<String, Object> dispute(String property) {
    JsonPath data = GraphQL.document("disputes/disputes").data();
    return data.getMap("disputes.edges.node.find { it.property == '" + property + "' }");
  }

  private static Map<String, String> eventIds() {
    JsonPath data =
        GraphQL.document("disputes/events").variable("query", "Singapore summit").data();
    Map<String, String> ids = new java.util.HashMap<>();
    for (Map<String, Object> node : data.<Map<String, Object>>getList("search.edges.node")) {
      ids.put((String) node.get("name"), (String) node.get("id"));
    }
    return ids;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> claims(Map<String, Object> dispute) {
    return (List<Map<String, Object>>) dispute.get("claims");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> citation(Map<String, Object> claim) {
    return (Map<String, Object>) claim.get("citation");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> fact(Map<String, Object> claim) {
    return (Map<String, Object>) citation(claim).get("fact");
  }

  private static List<Object> names(Object organizations) {
    return ((List<?>) organizations)
        .stream().<Object>map(o -> ((Map<?, ?>) o).get("name")).toList();
  }

  private static boolean excerptIsInItsSource(Map<String, Object> citation, String slug) {
    Map<?, ?> source = (Map<?, ?>) citation.get("source");
    String text = (String) source.get("text");
    String excerpt = (String) citation.get("excerpt");
    int start = (Integer) citation.get("startOffset");
    int end = (Integer) citation.get("endOffset");
    return slug.equals(source.get("slug"))
        && text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end))
            .equals(excerpt);
  }
}
