package io.summitgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class SearchTest {

  private static final String NODES = "search.edges.node";

  @ParameterizedTest
  @ValueSource(strings = {"Kim Jong-Un", "kim jong un", "Kim Jong\u2011Un", "KIM JONG UN"})
  void everySpellingFindsKimJongUnWithTheMatchMarked(String spelling) {
    JsonPath data = search(spelling, null, 100, null);

    Map<String, Object> kim = data.getMap("search.edges.find { it.node.name == 'Kim Jong Un' }");
    assertThat(kim).as("Kim Jong Un among the results for %s", spelling).isNotNull();
    assertThat(((Map<?, ?>) kim.get("node")).get("__typename")).isEqualTo("Person");
    assertThat((String) kim.get("snippet"))
        .contains("<mark>Kim</mark>")
        .contains("<mark>Un</mark>");
    // Articles 000 and 002 carry the name in their titles.
    assertThat(data.getList(NODES + ".slug"))
        .contains("000_45ece6f1795f26b7", "002_49d120ea23732ed2");
  }

  @Test
  void spellingsFindTheSameResults() {
    List<Object> hyphen = search("Kim Jong-Un", null, 100, null).getList(NODES + ".id");
    List<Object> spaces = search("kim jong un", null, 100, null).getList(NODES + ".id");
    List<Object> nonBreaking = search("Kim Jong\u2011Un", null, 100, null).getList(NODES + ".id");

    assertThat(spaces).containsExactlyInAnyOrderElementsOf(hyphen);
    assertThat(nonBreaking).containsExactlyInAnyOrderElementsOf(hyphen);
  }

  @Test
  void punggyeRiFindsTheTestSite() {
    JsonPath data = search("Punggye-Ri", null, 100, null);

    Map<String, Object> site =
        data.getMap("search.edges.find { it.node.__typename == 'Location' }");
    assertThat(((Map<?, ?>) site.get("node")).get("name")).isEqualTo("Punggye-ri nuclear site");
    assertThat((String) site.get("snippet")).contains("<mark>Punggye</mark>");
    // The place is a better match than the passing mentions.
    assertThat(data.getString("search.edges[0].node.__typename")).isEqualTo("Location");
  }

  @Test
  void gangsterFindsTheQuoteAndTheArticle() {
    JsonPath data = search("gangster", null, 100, null);

    assertThat(data.getInt("search.totalCount")).isEqualTo(2);
    assertThat(data.getList(NODES + ".__typename")).containsExactlyInAnyOrder("Quote", "Source");
    assertThat(data.getString("search.edges.find { it.node.__typename == 'Quote' }.node.text"))
        .isEqualTo("gangster-like");
    assertThat(data.getList("search.edges.snippet", String.class))
        .allSatisfy(snippet -> assertThat(snippet).contains("<mark>gangster</mark>"));
  }

  @Test
  void kindsRestrictTheResults() {
    JsonPath quotes = search("gangster", List.of("QUOTE"), 100, null);
    assertThat(quotes.getInt("search.totalCount")).isEqualTo(1);
    assertThat(quotes.getList(NODES + ".text")).containsExactly("gangster-like");

    JsonPath people = search("Kim", List.of("PERSON"), 100, null);
    assertThat(people.getList(NODES + ".__typename")).containsOnly("Person");
    assertThat(people.getList(NODES + ".name"))
        .containsExactlyInAnyOrder("Kim Jong Un", "Kim Yong-chol");

    JsonPath placesAndEvents = search("Singapore", List.of("LOCATION", "EVENT"), 100, null);
    assertThat(placesAndEvents.getList(NODES + ".__typename"))
        .contains("Location", "Event")
        .containsOnly("Location", "Event");

    // No kinds means every kind.
    JsonPath everything = search("Singapore", List.of(), 100, null);
    assertThat(everything.getList(NODES + ".__typename"))
        .contains("Country", "Location", "Event", "Source");
    assertThat(search("Singapore", null, 100, null).getList(NODES + ".id"))
        .isEqualTo(everything.getList(NODES + ".id"));
  }

  @Test
  void bestMatchFirst() {
    for (String query : List.of("Kim Jong Un", "Singapore summit", "denuclearization")) {
      List<Float> ranks = search(query, null, 100, null).getList("search.edges.rank", Float.class);
      assertThat(ranks).as(query).isNotEmpty().isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }
  }

  @Test
  void walkingTwoAtATimeGivesEveryResultOnceInRankOrder() {
    JsonPath all = search("Kim Jong Un", null, 100, null);
    int total = all.getInt("search.totalCount");
    assertThat(total).isGreaterThan(2);

    List<JsonPath> pages = Pages.forward("search", after -> search("Kim Jong Un", null, 2, after));
    for (int i = 0; i < pages.size(); i++) {
      JsonPath page = pages.get(i);
      assertThat(page.getList("search.edges")).hasSizeLessThanOrEqualTo(2);
      assertThat(page.getInt("search.totalCount")).isEqualTo(total);
      assertThat(page.getBoolean("search.pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> walked = Pages.nodes(pages, NODES + ".id", String.class);
    List<Float> ranks = Pages.nodes(pages, "search.edges.rank", Float.class);

    assertThat(walked).hasSize(total).doesNotHaveDuplicates();
    assertThat(walked).isEqualTo(all.getList(NODES + ".id"));
    assertThat(ranks).isSortedAccordingTo((a, b) -> Float.compare(b, a));
  }

  @Test
  void aCursorContinuesAfterItsResult() {
    JsonPath all = search("Singapore", null, 100, null);
    String thirdCursor = all.getString("search.edges[2].cursor");

    JsonPath rest = search("Singapore", null, 100, thirdCursor);

    List<Object> ids = all.getList(NODES + ".id");
    assertThat(rest.getList(NODES + ".id")).isEqualTo(ids.subList(3, ids.size()));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "   \t  "})
  void aBlankQueryIsAUserError(String query) {
    List<Map<String, Object>> errors =
        GraphQL.document("search/search").variable("query", query).errors();

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("message")).isEqualTo("The search query must not be blank");
    assertThat(errors.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");
  }

  @Test
  void anOverlongQueryIsAUserError() {
    List<Map<String, Object>> errors =
        GraphQL.document("search/search").variable("query", "kim ".repeat(126)).errors();

    assertThat(errors.get(0).get("message")).asString().contains("longer than 500 characters");
    assertThat(errors.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "%",
        "_",
        "%%",
        "'",
        "\\",
        ";--",
        "\" OR 1=1",
        "'; drop table person; --",
        ":*",
        "!",
        "&|",
        "("
      })
  void sqlAndQuerySyntaxCharactersAreJustTextThatMatchesNothing(String query) {
    JsonPath harmless = search("zzyzxqwv", null, 20, null);
    assertThat(harmless.getInt("search.totalCount")).isZero();

    JsonPath data = search(query, null, 20, null);

    assertThat(data.getMap("search")).isEqualTo(harmless.getMap("search"));
  }

  @Test
  void wildcardsAroundAWordDoNotWidenTheSearch() {
    List<Object> plain = search("gangster", null, 100, null).getList(NODES + ".id");

    assertThat(search("gangster%", null, 100, null).getList(NODES + ".id")).isEqualTo(plain);
    assertThat(search("%gangster_", null, 100, null).getList(NODES + ".id")).isEqualTo(plain);
  }

  @Test
  void aCursorOfAnotherListIsAUserError() {
    String sourcesCursor =
        GraphQL.document("search/sources-cursor").data().getString("sources.pageInfo.endCursor");

    List<Map<String, Object>> errors =
        GraphQL.document("search/search")
            .variable("query", "Kim")
            .variable("after", sourcesCursor)
            .errors();

    assertThat(errors.get(0).get("message")).asString().contains("another ordering");
    assertThat(errors.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");
  }

  private static JsonPath search(String query, List<String> kinds, Integer first, String after) {
    return GraphQL.document("search/search")
        .variable("query", query)
        .variable("kinds", kinds)
        .variable("first", first)
        .variable("after", after)
        .data();
  }
}
