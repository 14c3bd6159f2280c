package io.summitgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.sources.Source;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuotesTest {

  private static final String NODES = "quotes.edges.node";
  private static final String ARTICLE_000 = "000_45ece6f1795f26b7";
  private static final String ARTICLE_001 = "001_d936e0b87956d889";
  private static final String ARTICLE_002 = "002_49d120ea23732ed2";

  private static final String CANT_LEAVE = "I just can\u2019t leave now";
  private static final String INSIDER =
      "The North Koreans were just messing around, not serious about moving forward";
  private static final String FARM =
      "Looking round farm machines and tractors of the workteam, he acquainted himself with how"
          + " many tractors it has and how it operates them";

  @Inject AgroalDataSource dataSource;

  @Test
  void everyQuoteHasItsSpeakerOrSpeakerDescription() {
    JsonPath data = GraphQL.document("quotes/quotes").data();
    List<Map<String, Object>> quotes = data.getList(NODES);

    Map<String, String> whoSaidWhat = new LinkedHashMap<>();
    for (Map<String, Object> quote : quotes) {
      Object speaker = quote.get("speaker");
      whoSaidWhat.put(
          (String) quote.get("text"),
          speaker != null
              ? (String) ((Map<?, ?>) speaker).get("name")
              : "described: " + quote.get("speakerDescription"));
    }
    // Undated, so in the order recorded.
    assertThat(whoSaidWhat)
        .containsExactly(
            Map.entry(CANT_LEAVE, "Donald Trump"),
            Map.entry("seeing the light", "Donald Trump"),
            Map.entry("three or four locations", "Donald Trump"),
            Map.entry("full and final verified denuclearization", "Mike Pompeo"),
            Map.entry("pretty close", "Mike Pompeo"),
            Map.entry("spectacular", "Donald Trump"),
            Map.entry(
                "rockets flying",
                "described: Unattributed: article 000 puts the phrase in quotation marks without"
                    + " saying who said it"),
            Map.entry(
                INSIDER,
                "described: an insider who is said to have close knowledge of the discussions"),
            Map.entry(
                "as badly as it could have",
                "described: Unattributed: article 002 says the meeting \"is now seen\" to have"
                    + " gone this way, after citing reports"),
            Map.entry("productive", "Mike Pompeo"),
            Map.entry("in good faith", "Mike Pompeo"),
            Map.entry(
                "gangster-like",
                "described: an unidentified foreign ministry official for North Korea"),
            Map.entry(FARM, "described: KCNA news updates"));
    assertThat(data.getInt("quotes.totalCount")).isEqualTo(13);
    assertThat(data.getList(NODES + ".saidOn", Object.class)).containsOnly((Object) null);
  }

  @Test
  void gangsterLikeCameFromAnUnnamedOfficialThroughKcnaAndTheIndependent() {
    JsonPath data = quotes(Map.of("text", "gangster-like"));

    assertThat(data.getList(NODES + ".text")).containsExactly("gangster-like");
    assertThat((Object) data.get(NODES + "[0].speaker")).isNull();
    assertThat(data.getString(NODES + "[0].speakerDescription"))
        .isEqualTo("an unidentified foreign ministry official for North Korea");
    assertThat(data.getString(NODES + "[0].organization.name"))
        .isEqualTo("Foreign Ministry of North Korea");
    assertThat(data.getList(NODES + "[0].reportedVia.name"))
        .containsExactly("KCNA", "The Independent");
  }

  @Test
  void theInsiderSpokeViaCnnAndTrumpWithTheSourcesCurlyApostrophe() {
    JsonPath insider = quotes(Map.of("text", "messing around"));
    assertThat(insider.getList(NODES + ".text")).containsExactly(INSIDER);
    assertThat((Object) insider.get(NODES + "[0].speaker")).isNull();
    assertThat(insider.getString(NODES + "[0].speakerDescription")).contains("an insider");
    assertThat(insider.getList(NODES + "[0].reportedVia.name")).containsExactly("CNN");

    JsonPath trump = quotes(Map.of("text", "leave now"));
    assertThat(trump.getList(NODES + ".text")).containsExactly(CANT_LEAVE);
    assertThat(trump.getString(NODES + "[0].speaker.name")).isEqualTo("Donald Trump");
    assertThat((Object) trump.get(NODES + "[0].speakerDescription")).isNull();
    assertThat(trump.getString(NODES + "[0].occasion.name"))
        .isEqualTo("Trump announces second summit with Kim");
    assertThat(trump.getList(NODES + "[0].reportedVia")).isEmpty();

    JsonPath farm = quotes(Map.of("text", "tractors"));
    assertThat(farm.getList(NODES + ".text")).containsExactly(FARM);
    assertThat(farm.getString(NODES + "[0].organization.name")).isEqualTo("KCNA");
    assertThat(farm.getString(NODES + "[0].occasion.name"))
        .isEqualTo("Kim Jong Un's visit to the potato farms");
    assertThat(farm.getList(NODES + "[0].reportedVia.name")).containsExactly("KCNA");
  }

  @Test
  void everythingPompeoSaidInOrder() {
    JsonPath data = GraphQL.document("quotes/speaker-quotes").variable("text", "productive").data();
    String pompeo = "quotes.nodes[0].speaker";

    assertThat(data.getString(pompeo + ".name")).isEqualTo("Mike Pompeo");
    assertThat(data.getInt(pompeo + ".quotes.totalCount")).isEqualTo(4);
    assertThat(data.getList(pompeo + ".quotes.edges.node.text"))
        .containsExactly(
            "full and final verified denuclearization",
            "pretty close",
            "productive",
            "in good faith");
    assertThat(data.getList(pompeo + ".quotes.edges.node.speaker.name"))
        .containsOnly("Mike Pompeo");

    // The speaker filter of the root list finds the same quotes.
    JsonPath bySpeaker = quotes(Map.of("speaker", data.getString(pompeo + ".id")));
    assertThat(bySpeaker.getList(NODES + ".text"))
        .isEqualTo(data.getList(pompeo + ".quotes.edges.node.text"));
  }

  @Test
  void aPersonsQuotesPageWithoutGapsOrRepeats() {
    String trump = "quotes.nodes[0].speaker.quotes";
    List<JsonPath> pages =
        Pages.forward(
            trump,
            after ->
                GraphQL.document("quotes/speaker-quotes")
                    .variable("text", "spectacular")
                    .variable("first", 3)
                    .variable("after", after)
                    .data());
    for (int i = 0; i < pages.size(); i++) {
      JsonPath data = pages.get(i);
      assertThat(data.getInt(trump + ".totalCount")).isEqualTo(4);
      assertThat(data.getBoolean(trump + ".pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> seen = Pages.nodes(pages, trump + ".edges.node.text");
    assertThat(seen)
        .containsExactly(CANT_LEAVE, "seeing the light", "three or four locations", "spectacular");
  }

  @Test
  void organizationsNavigateToTheQuotesSaidForThemAndRelayedByThem() {
    JsonPath gangster =
        GraphQL.document("quotes/organization-quotes").variable("text", "gangster").data();
    String ministry = "quotes.nodes[0].organization";
    assertThat(gangster.getString(ministry + ".name")).isEqualTo("Foreign Ministry of North Korea");
    assertThat(gangster.getList(ministry + ".quotes.nodes.text")).containsExactly("gangster-like");
    assertThat(gangster.getInt(ministry + ".quotesReported.totalCount")).isZero();

    String kcna = "quotes.nodes[0].reportedVia[0]";
    assertThat(gangster.getString(kcna + ".name")).isEqualTo("KCNA");
    assertThat(gangster.getList(kcna + ".quotes.nodes.text")).containsExactly(FARM);
    assertThat(gangster.getList(kcna + ".quotesReported.nodes.text"))
        .containsExactly("gangster-like", FARM);
    assertThat(gangster.getInt(kcna + ".quotesReported.totalCount")).isEqualTo(2);
    String independent = "quotes.nodes[0].reportedVia[1]";
    assertThat(gangster.getString(independent + ".name")).isEqualTo("The Independent");
    assertThat(gangster.getList(independent + ".quotesReported.nodes.text"))
        .containsExactly("gangster-like");
    assertThat(gangster.getList(independent + ".quotesReported.nodes[0].reportedVia.name"))
        .containsExactly("KCNA", "The Independent");
    assertThat(gangster.getInt(independent + ".quotes.totalCount")).isZero();

    JsonPath insider =
        GraphQL.document("quotes/organization-quotes").variable("text", "messing").data();
    assertThat((Object) insider.get("quotes.nodes[0].organization")).isNull();
    assertThat(insider.getString("quotes.nodes[0].reportedVia[0].name")).isEqualTo("CNN");
    assertThat(insider.getList("quotes.nodes[0].reportedVia[0].quotesReported.nodes.text"))
        .containsExactly(INSIDER);

    // The organization filter of the root list matches Organization.quotes.
    JsonPath byKcna = quotes(Map.of("organization", gangster.getString(kcna + ".id")));
    assertThat(byKcna.getList(NODES + ".text")).containsExactly(FARM);
  }

  @Test
  void eventsNavigateToWhatWasSaidOnThem() {
    JsonPath data =
        GraphQL.document("quotes/occasion-quotes").variable("text", "pretty close").data();
    String remarks = "quotes.nodes[0].occasion";

    assertThat(data.getString(remarks + ".name")).isEqualTo("Pompeo's remarks at the White House");
    assertThat(data.getInt(remarks + ".quotes.totalCount")).isEqualTo(2);
    assertThat(data.getList(remarks + ".quotes.nodes.text"))
        .containsExactly("full and final verified denuclearization", "pretty close");
    assertThat(data.getList(remarks + ".quotes.nodes.occasion.name"))
        .containsOnly("Pompeo's remarks at the White House");

    JsonPath byOccasion = quotes(Map.of("occasion", data.getString(remarks + ".id")));
    assertThat(byOccasion.getList(NODES + ".text"))
        .containsExactly("full and final verified denuclearization", "pretty close");

    JsonPath unspoken =
        GraphQL.document("quotes/occasion-quotes").variable("text", "spectacular").data();
    assertThat((Object) unspoken.get("quotes.nodes[0].occasion")).isNull();
  }

  @Test
  void filtersBySourceCitingTheQuote() throws SQLException {
    assertThat(texts(Map.of("source", sourceId(ARTICLE_002))))
        .containsExactly(
            INSIDER,
            "as badly as it could have",
            "productive",
            "in good faith",
            "gangster-like",
            FARM);
    assertThat(texts(Map.of("source", sourceId(ARTICLE_000))))
        .containsExactly(
            CANT_LEAVE,
            "seeing the light",
            "three or four locations",
            "full and final verified denuclearization",
            "pretty close",
            "spectacular",
            "rockets flying");
    assertThat(texts(Map.of("source", sourceId(ARTICLE_001)))).isEmpty();
  }

  @Test
  void theTextFilterTakesPercentAndUnderscoreLiterally() {
    assertThat(texts(Map.of("text", "qqqq"))).isEmpty();
    assertThat(texts(Map.of("text", "%"))).isEqualTo(texts(Map.of("text", "qqqq")));
    assertThat(texts(Map.of("text", "_"))).isEqualTo(texts(Map.of("text", "qqqq")));
    assertThat(texts(Map.of("text", "pro%ive"))).isEmpty();
    assertThat(texts(Map.of("text", "gangster_like")))
        .isEqualTo(texts(Map.of("text", "gangsterXlike")))
        .isEmpty();
    assertThat(texts(Map.of("text", "gangster-like"))).containsExactly("gangster-like");
    // Case is ignored; a straight apostrophe finds the source's curly one, and back.
    assertThat(texts(Map.of("text", "PRODUCTIVE"))).containsExactly("productive");
    assertThat(texts(Map.of("text", "can't leave"))).containsExactly(CANT_LEAVE);
    assertThat(texts(Map.of("text", "can\u2019t leave"))).containsExactly(CANT_LEAVE);
    assertThat(texts(Map.of("text", "the"))).contains("seeing the light", INSIDER, FARM);
  }

  @Test
  void filtersCombineAndRefuseIdsOfTheWrongType() {
    JsonPath pompeo =
        GraphQL.document("quotes/speaker-quotes").variable("text", "productive").data();
    String id = pompeo.getString("quotes.nodes[0].speaker.id");
    assertThat(texts(Map.of("speaker", id, "text", "good"))).containsExactly("in good faith");

    var errors =
        GraphQL.document("quotes/quotes").variable("filter", Map.of("occasion", id)).errors();
    assertThat(errors.get(0).get("message")).asString().contains("expected type Event");
    assertThat(errors.get(0)).extracting("extensions.code").isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void ordersByDateOrTextBothWays() {
    List<String> byDate = ordered("DATE", "ASC");
    assertThat(byDate).hasSize(13).startsWith(CANT_LEAVE).endsWith(FARM);
    List<String> reversed = new ArrayList<>(byDate);
    java.util.Collections.reverse(reversed);
    // All undated: the id tie-breaker decides, reversed when descending.
    assertThat(ordered("DATE", "DESC")).isEqualTo(reversed);

    List<String> byText = ordered("TEXT", "ASC");
    assertThat(byText).containsExactlyInAnyOrderElementsOf(byDate);
    assertThat(byText.indexOf("productive")).isLessThan(byText.indexOf("spectacular"));
    assertThat(byText.indexOf("in good faith")).isLessThan(byText.indexOf("pretty close"));
    List<String> byTextDescending = new ArrayList<>(ordered("TEXT", "DESC"));
    java.util.Collections.reverse(byTextDescending);
    assertThat(byTextDescending).isEqualTo(byText);
  }

  @Test
  void walkingForwardAndBackwardVisitsEveryQuoteOnce() {
    for (String field : List.of("DATE", "TEXT")) {
      Map<String, Object> order = Map.of("field", field);
      List<JsonPath> pages =
          Pages.forward(
              "quotes",
              after ->
                  GraphQL.document("quotes/quotes")
                      .variable("orderBy", order)
                      .variable("first", 4)
                      .variable("after", after)
                      .data());
      List<String> forward = Pages.nodes(pages, NODES + ".id");
      List<JsonPath> pagesBack =
          Pages.backward(
              "quotes",
              before ->
                  GraphQL.document("quotes/quotes")
                      .variable("orderBy", order)
                      .variable("last", 5)
                      .variable("before", before)
                      .data());
      List<String> backward = Pages.nodes(pagesBack, NODES + ".id");
      List<String> all =
          GraphQL.document("quotes/quotes")
              .variable("orderBy", order)
              .variable("first", 100)
              .data()
              .getList(NODES + ".id");
      assertThat(forward).as(field).hasSize(13).doesNotHaveDuplicates().isEqualTo(all);
      assertThat(backward).as(field).isEqualTo(all);
    }
  }

  @Test
  void aCursorOfAnotherOrderingIsRefused() {
    String cursor =
        GraphQL.document("quotes/quotes")
            .variable("first", 1)
            .data()
            .getString("quotes.pageInfo.endCursor");
    var errors =
        GraphQL.document("quotes/quotes")
            .variable("orderBy", Map.of("field", "TEXT"))
            .variable("after", cursor)
            .errors();
    assertThat(errors.get(0)).extracting("extensions.code").isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void nestedQuotesCostTheSameStatementsWhateverThePageSize() throws SQLException {
    String article002 = sourceId(ARTICLE_002);
    statements(article002, 5);
    long small = statements(article002, 5);
    long large = statements(article002, 50);
    // Article 002's first five quotes already reach every level: a named speaker, an
    // organization and reporting chains.
    assertThat(small).isEqualTo(large);
  }

  private static long statements(String source, int first) {
    long before = SqlStatementCounter.count();
    JsonPath data =
        GraphQL.document("quotes/quotes-nested")
            .variable("source", source)
            .variable("first", first)
            .data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("quotes.nodes.text")).contains(INSIDER);
    return used;
  }

  private static JsonPath quotes(Map<String, Object> filter) {
    return GraphQL.document("quotes/quotes").variable("filter", filter).data();
  }

  private static List<String> texts(Map<String, Object> filter) {
    return quotes(filter).getList(NODES + ".text");
  }

  private static List<String> ordered(String field, String direction) {
    return GraphQL.document("quotes/quotes")
        .variable("orderBy", Map.of("field", field, "direction", direction))
        .data()
        .getList(NODES + ".text");
  }

  /** The global ID of an article; no API lists sources yet, so its key is read from the table. */
  private String sourceId(String slug) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement("select id from source where slug = ?")) {
      statement.setString(1, slug);
      try (ResultSet rows = statement.executeQuery()) {
        rows.next();
        return GlobalId.encode(Source.TYPE, rows.getLong(1));
      }
    }
  }
}
