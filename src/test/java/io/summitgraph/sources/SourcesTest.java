package io.summitgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class SourcesTest {

  static final String ARTICLE_000 = "000_45ece6f1795f26b7";
  static final String ARTICLE_001 = "001_d936e0b87956d889";
  static final String ARTICLE_002 = "002_49d120ea23732ed2";

  private static final String EDGES = "sources.edges.node";

  @Test
  void theThreeArticlesByTitle() {
    JsonPath data = GraphQL.document("sources/sources").data();

    assertThat(data.getInt("sources.totalCount")).isEqualTo(3);
    assertThat(data.getList(EDGES, Map.class))
        .extracting(s -> s.get("title"), s -> s.get("slug"))
        .containsExactly(
            tuple(
                "Kim Jong Un Visits Potato Farm as Mike Pompeo's North Korea Meeting Flounders,"
                    + " Reports Say",
                ARTICLE_002),
            // Article 000 writes "Jong Un" with a narrow no-break space (U+202F) in its title.
            tuple(
                "Trump Plans Summit With Kim Jong\u202fUn Following November Election",
                ARTICLE_000),
            tuple("What Did Trump Do In North Korea", ARTICLE_001));
    // The title is the first line of the text, exactly as published.
    for (Map<?, ?> source : data.getList(EDGES, Map.class)) {
      assertThat((String) source.get("text")).startsWith((String) source.get("title") + "\n");
    }
  }

  @Test
  void onlyArticle001NamesItsAuthorAndNothingIsInvented() {
    JsonPath data = GraphQL.document("sources/sources").data();
    Map<String, Map<String, Object>> bySlug = bySlug(data.getList(EDGES));

    assertThat(bySlug.get(ARTICLE_001).get("author")).asString().contains("Cassie Grissom");
    assertThat(bySlug.get(ARTICLE_000).get("author")).isNull();
    assertThat(bySlug.get(ARTICLE_002).get("author")).isNull();
    // No article states its publisher, date or address.
    for (Map<String, Object> source : bySlug.values()) {
      assertThat(source.get("publisher")).isNull();
      assertThat(source.get("publishedOn")).isNull();
      assertThat(source.get("url")).isNull();
    }
  }

  @Test
  void theAuthorAndHerSourceLeadToEachOther() {
    JsonPath sources = GraphQL.document("sources/sources").data();
    String article001 = (String) bySlug(sources.getList(EDGES)).get(ARTICLE_001).get("id");
    Map<String, Object> author =
        sources.getMap("sources.edges.find { it.node.slug == '" + ARTICLE_001 + "' }.node.author");
    assertThat(author.get("name")).isEqualTo("Cassie Grissom");
    assertThat(author.get("authoredSources"))
        .isEqualTo(List.of(Map.of("id", article001, "slug", ARTICLE_001)));

    JsonPath people = GraphQL.document("sources/people-authored-sources").data();
    Map<String, Object> cassie = people.getMap("people.nodes.find { it.name == 'Cassie Grissom' }");
    assertThat(cassie.get("id")).isEqualTo(author.get("id"));
    assertThat(people.getList("people.nodes.find { it.name == 'Cassie Grissom' }.authoredSources"))
        .singleElement()
        .isEqualTo(
            Map.of(
                "id",
                article001,
                "slug",
                ARTICLE_001,
                "title",
                "What Did Trump Do In North Korea",
                "author",
                Map.of("id", cassie.get("id"), "name", "Cassie Grissom")));
    // Nobody else wrote any of the articles.
    assertThat(
            people.getList("people.nodes.findAll { it.name != 'Cassie Grissom' }.authoredSources"))
        .hasSize(4)
        .allSatisfy(list -> assertThat((List<?>) list).isEmpty());
  }

  @Test
  void noOrganizationPublishedAnyArticle() {
    JsonPath data = GraphQL.document("sources/organizations-published-sources").data();

    assertThat(data.getList("organizations.nodes.name"))
        .containsExactly(
            "CNN",
            "Foreign Ministry of North Korea",
            "KCNA",
            "New York Magazine",
            "The Independent");
    assertThat(data.getList("organizations.nodes.publishedSources"))
        .allSatisfy(list -> assertThat((List<?>) list).isEmpty());
  }

  @Test
  void contentHashIsTheSha256OfTheTextAsServed() throws NoSuchAlgorithmException {
    JsonPath data = GraphQL.document("sources/sources").data();

    List<Map<String, Object>> sources = data.getList(EDGES);
    assertThat(sources).hasSize(3);
    for (Map<String, Object> source : sources) {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(((String) source.get("text")).getBytes(StandardCharsets.UTF_8));
      assertThat(source.get("contentHash"))
          .as("content hash of %s", source.get("slug"))
          .isEqualTo(HexFormat.of().formatHex(digest));
    }
  }

  @ParameterizedTest
  @CsvSource({ARTICLE_000 + ", 66", ARTICLE_001 + ", 83", ARTICLE_002 + ", 57"})
  void walkingCitationsPageByPageGivesEachOnceInTextOrder(String slug, int expectedTotal) {
    String sourceId = sourceIds().get(slug);
    List<String> ids = new ArrayList<>();
    List<Integer> offsets = new ArrayList<>();
    List<JsonPath> pages = citationPages(sourceId, 7);
    for (int i = 0; i < pages.size(); i++) {
      JsonPath data = pages.get(i);
      List<Map<String, Object>> page = data.getList("node.citations.edges.node");
      assertThat(page).hasSizeLessThanOrEqualTo(7);
      assertThat(data.getInt("node.citations.totalCount")).isEqualTo(expectedTotal);
      assertThat(data.getBoolean("node.citations.pageInfo.hasPreviousPage")).isEqualTo(i > 0);
      for (Map<String, Object> citation : page) {
        ids.add((String) citation.get("id"));
        offsets.add((Integer) citation.get("startOffset"));
        assertThat(citation.get("source")).isEqualTo(Map.of("id", sourceId));
      }
    }

    assertThat(ids).hasSize(expectedTotal).doesNotHaveDuplicates();
    assertThat(offsets).isSorted();
    assertThat(pages).hasSize((expectedTotal + 6) / 7);
    // The walk agrees with one big page.
    JsonPath all =
        GraphQL.document("sources/source-citations")
            .variable("id", sourceId)
            .variable("first", 100)
            .data();
    assertThat(all.getList("node.citations.edges.node.id")).isEqualTo(ids);
  }

  @Test
  void everyKindOfFactIsCited() {
    Set<String> kinds = new HashSet<>();
    for (String sourceId : sourceIds().values()) {
      JsonPath data =
          GraphQL.document("sources/source-citations")
              .variable("id", sourceId)
              .variable("first", 100)
              .data();
      assertThat(data.getBoolean("node.citations.pageInfo.hasNextPage")).isFalse();
      kinds.addAll(data.getList("node.citations.edges.node.fact.__typename", String.class));
    }

    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "Country",
            "Organization",
            "Person",
            "PersonRole",
            "Location",
            "Event",
            "Participation",
            "Agreement",
            "Commitment",
            "Sanction",
            "HumanitarianStatistic",
            "Quote",
            "Stance",
            "EventRelation",
            "Relationship");
  }

  @Test
  void theCitationsOfAFactPointBackToIt() {
    JsonPath found = GraphQL.document("sources/facts-to-check").data();
    Map<String, String> facts =
        Map.of(
            "the Singapore summit",
            found.getString("search.edges.node.find { it.name == 'Singapore summit' }.id"),
            "Kim Jong Un",
            found.getString("people.nodes.find { it.name == 'Kim Jong Un' }.id"),
            "North Korea",
            found.getString("countries.nodes.find { it.isoCode == 'PRK' }.id"),
            "Punggye-ri",
            found.getString("locations.nodes.find { it.name == 'Punggye-ri nuclear site' }.id"),
            "gangster-like",
            found.getString("quotes.nodes.find { it.text == 'gangster-like' }.id"),
            "the banking sanction",
            found.getString("sanctions.nodes.find { it.description.contains('banking') }.id"));

    facts.forEach(
        (name, id) -> {
          assertThat(id).as(name).isNotNull();
          JsonPath data = GraphQL.document("sources/fact-citations").variable("id", id).data();
          List<Map<String, Object>> citations = data.getList("node.citations");
          assertThat(citations).as("citations of %s", name).isNotEmpty();
          for (Map<String, Object> citation : citations) {
            assertThat(((Map<?, ?>) citation.get("fact")).get("id")).as(name).isEqualTo(id);
            String text = (String) ((Map<?, ?>) citation.get("source")).get("text");
            assertThat(text).contains((String) citation.get("excerpt"));
          }
        });
  }

  @Test
  void theSingaporeSummitIsCitedByAllThreeArticlesInSourceThenTextOrder() {
    String summit =
        GraphQL.document("sources/facts-to-check")
            .data()
            .getString("search.edges.node.find { it.name == 'Singapore summit' }.id");

    JsonPath data = GraphQL.document("sources/fact-citations").variable("id", summit).data();

    assertThat(data.getString("node.__typename")).isEqualTo("Event");
    assertThat(data.getList("node.citations", Map.class))
        .extracting(c -> ((Map<?, ?>) c.get("source")).get("slug"), c -> c.get("excerpt"))
        .containsExactly(
            tuple(ARTICLE_000, "the first summit held in Singapore on June 12"),
            tuple(
                ARTICLE_001,
                "Donald Trump\u2019s historic meeting with North Korean leader Kim Jong Un in"
                    + " Singapore on June 12, 2018 was the first ever between a sitting U.S."
                    + " president and the leader of the reclusive nation."),
            tuple(
                ARTICLE_001,
                "The summit was the first step in a long process towards peace on the Korean"
                    + " peninsula and one that had been over a decade in the making."),
            tuple(
                ARTICLE_001,
                "Trump\u2019s visit marked a dramatic shift in U.S.-North Korean relations that had"
                    + " been fraught with tension."),
            tuple(ARTICLE_001, "At the summit, Trump and Kim signed a joint statement"),
            tuple(
                ARTICLE_002,
                "the historic June 12 summit in Singapore between President Donald Trump and Kim"
                    + " Jong Un"));
  }

  @Test
  void theGangsterLikeQuoteCameViaKcnaThenTheIndependent() {
    JsonPath data =
        GraphQL.document("sources/quote-citations").variable("text", "gangster-like").data();

    assertThat(data.getList("quotes.nodes.text")).containsExactly("gangster-like");
    List<Map<String, Object>> citations = data.getList("quotes.nodes[0].citations");
    assertThat(citations).hasSize(1);
    assertThat(citations.get(0).get("source")).isEqualTo(Map.of("slug", ARTICLE_002));
    assertThat(citations.get(0).get("fact"))
        .isEqualTo(Map.of("id", data.getString("quotes.nodes[0].id")));
    assertThat(citations.get(0).get("reportedVia"))
        .isEqualTo(
            List.of(
                Map.of("name", "KCNA", "kind", "NEWS_AGENCY"),
                Map.of("name", "The Independent", "kind", "NEWSPAPER")));
  }

  @Test
  void theInsiderQuoteCameViaCnn() {
    JsonPath data =
        GraphQL.document("sources/quote-citations").variable("text", "just messing around").data();

    assertThat(data.getList("quotes.nodes.text"))
        .containsExactly(
            "The North Koreans were just messing around, not serious about moving forward");
    assertThat(data.getList("quotes.nodes[0].citations.reportedVia.name"))
        .containsExactly(List.of("CNN"));
  }

  @Test
  void aQuoteTheArticleStatesItselfCameViaNobody() {
    JsonPath data =
        GraphQL.document("sources/quote-citations").variable("text", "seeing the light").data();

    assertThat(data.getList("quotes.nodes[0].citations.source.slug")).containsExactly(ARTICLE_000);
    assertThat(data.getList("quotes.nodes[0].citations.reportedVia")).containsExactly(List.of());
  }

  @Test
  void nestedCitationsCostTheSameStatementsWhateverThePageSize() {
    // One root field, which the compiled read path (platform/compiler) serves with one statement,
    // sources, authors, citation pages, totals and the citations' sources all in it, whatever the
    // page size.
    long five = statementsFor(5);
    long fifty = statementsFor(50);

    assertThat(five).isEqualTo(fifty).isEqualTo(1);
  }

  @Test
  void citingFactsOfEveryKindCostsAStatementPerKindNotPerCitation() {
    // All 206 citations with their facts (15 kinds) and outlets: one root field, which the
    // compiled read path serves with one statement, facts of every kind included.
    long before = SqlStatementCounter.count();
    int citations = 0;
    for (Map<String, Object> source :
        GraphQL.document("sources/sources-nested")
            .variable("first", 100)
            .data()
            .<Map<String, Object>>getList("sources.nodes")) {
      citations += ((List<?>) ((Map<?, ?>) source.get("citations")).get("nodes")).size();
    }
    long used = SqlStatementCounter.count() - before;

    assertThat(citations).isEqualTo(206);
    assertThat(used).isEqualTo(1);
  }

  private static long statementsFor(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document("sources/sources-cost").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    List<Map<String, Object>> pages = data.getList("sources.nodes.citations");
    assertThat(pages).hasSize(3);
    for (Map<String, Object> page : pages) {
      assertThat((List<?>) page.get("nodes"))
          .hasSize(Math.min(first, (Integer) page.get("totalCount")));
    }
    return used;
  }

  /** Source IDs by slug. */
  /** Every page of a source's citations, {@code first} at a time. */
  static List<JsonPath> citationPages(String sourceId, int first) {
    return Pages.forward(
        "node.citations",
        after ->
            GraphQL.document("sources/source-citations")
                .variable("id", sourceId)
                .variable("first", first)
                .variable("after", after)
                .data());
  }

  static Map<String, String> sourceIds() {
    JsonPath data = GraphQL.document("sources/sources").data();
    Map<String, String> ids = new java.util.HashMap<>();
    for (Map<String, Object> source : data.<Map<String, Object>>getList(EDGES)) {
      ids.put((String) source.get("slug"), (String) source.get("id"));
    }
    return ids;
  }

  private static Map<String, Map<String, Object>> bySlug(List<Map<String, Object>> sources) {
    Map<String, Map<String, Object>> bySlug = new java.util.HashMap<>();
    sources.forEach(source -> bySlug.put((String) source.get("slug"), source));
    return bySlug;
  }
}
