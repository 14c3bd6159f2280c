package io.summitgraph.relationships;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.live.ChangeFeed;
import io.summitgraph.testing.CurationTest;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.GraphQLSocket;
import io.summitgraph.testing.Tokens;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The relationships the articles state (article 001: U.S.-North Korean relations "fraught with
 * tension" until Trump's visit, Trump and Kim's "productive relationship"; article 000: the "good
 * vibes" between the U.S. and North Korea), read with their citations, from the root list, from
 * their parties and by ID; and relationshipRecord's rules.
 */
@QuarkusTest
class RelationshipsTest extends CurationTest {

  private static final String ARTICLE_000 = "000_45ece6f1795f26b7";
  private static final String ARTICLE_001 = "001_d936e0b87956d889";
  private static final String NODES = "relationships.nodes";
  private static final String WORKING =
      "Trump and Kim have made significant progress in developing a working relationship";

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject ChangeFeed feed;

  @Test
  void theArticlesRelationshipsAreReadWithTheirCitations() {
    JsonPath data = GraphQL.document("relationships/relationships").data();

    assertThat(data.getInt("relationships.totalCount")).isEqualTo(3);
    // None has a start date: they come in the order they were recorded.
    assertThat(data.getList(NODES + ".character"))
        .containsExactly("TENSE", "PRODUCTIVE", "CORDIAL");

    String tense = NODES + "[0]";
    assertThat(data.getList(tense + ".parties.isoCode")).containsExactly("USA", "PRK");
    assertThat(data.getList(tense + ".parties.__typename")).containsOnly("Country");
    assertThat((Object) data.get(tense + ".since")).isNull();
    assertThat(data.getString(tense + ".until.iso")).isEqualTo("2018-06-12");
    assertThat(data.getString(tense + ".until.precision")).isEqualTo("DAY");
    assertThat(data.getString(tense + ".basis")).isEqualTo("PARTLY_INFERRED");
    assertThat(data.getList(tense + ".inferences.field")).containsExactly("until");
    assertThat(data.getList(tense + ".citations.excerpt"))
        .containsExactlyInAnyOrder(
            "Trump\u2019s visit marked a dramatic shift in U.S.-North Korean relations that had"
                + " been fraught with tension.",
            "Donald Trump\u2019s historic meeting with North Korean leader Kim Jong Un in Singapore"
                + " on June 12, 2018");
    assertThat(data.getList(tense + ".citations.source.slug")).containsOnly(ARTICLE_001);

    String productive = NODES + "[1]";
    assertThat(data.getList(productive + ".parties.name"))
        .containsExactly("Donald Trump", "Kim Jong Un");
    assertThat(data.getList(productive + ".parties.__typename")).containsOnly("Person");
    assertThat((Object) data.get(productive + ".until")).isNull();
    assertThat(data.getString(productive + ".basis")).isEqualTo("STATED");
    assertThat(data.getList(productive + ".citations.excerpt"))
        .containsExactlyInAnyOrder(
            "Despite their differences, Trump and Kim have been able to build a productive"
                + " relationship.",
            WORKING);

    String cordial = NODES + "[2]";
    assertThat(data.getList(cordial + ".parties.isoCode")).containsExactly("USA", "PRK");
    assertThat(data.getString(cordial + ".basis")).isEqualTo("STATED");
    assertThat(data.getList(cordial + ".citations.excerpt"))
        .containsExactly("the U.S. and North Korea can turn the good vibes into real results");
    assertThat(data.getList(cordial + ".citations.source.slug")).containsOnly(ARTICLE_000);
  }

  @Test
  void filtersByCharacterAndParty() {
    assertThat(characters(Map.of("character", "TENSE"))).containsExactly("TENSE");
    assertThat(characters(Map.of("character", "CORDIAL"))).containsExactly("CORDIAL");
    Map<String, String> people = peopleIds();
    assertThat(characters(Map.of("party", people.get("Kim Jong Un"))))
        .containsExactly("PRODUCTIVE");
    assertThat(characters(Map.of("party", fixture.countryId("PRK"))))
        .containsExactly("TENSE", "CORDIAL");
    assertThat(characters(Map.of("party", fixture.countryId("PRK"), "character", "PRODUCTIVE")))
        .isEmpty();
    assertThat(characters(Map.of("party", fixture.countryId("JPN")))).isEmpty();
  }

  @Test
  void partiesNavigateToTheirRelationships() {
    JsonPath data =
        GraphQL.document("relationships/party-relationships")
            .variable("isoCodes", List.of("PRK", "USA", "JPN"))
            .data();

    assertThat(data.getList("countries.nodes.isoCode")).containsExactly("JPN", "PRK", "USA");
    assertThat(data.getList("countries.nodes.relationships.totalCount")).containsExactly(0, 2, 2);
    assertThat(data.getList("countries.nodes[1].relationships.nodes.character"))
        .containsExactly("TENSE", "CORDIAL");
    assertThat(data.getList("countries.nodes[2].relationships.nodes[0].parties.isoCode"))
        .containsExactly("USA", "PRK");

    Map<String, Integer> totals = new HashMap<>();
    for (Map<String, Object> person : data.<Map<String, Object>>getList("people.nodes")) {
      totals.put(
          (String) person.get("name"),
          (Integer) ((Map<?, ?>) person.get("relationships")).get("totalCount"));
    }
    assertThat(totals).containsEntry("Donald Trump", 1).containsEntry("Kim Jong Un", 1);
    assertThat(totals).containsEntry("Mike Pompeo", 0);
    assertThat(totals.values().stream().mapToInt(Integer::intValue).sum()).isEqualTo(2);
  }

  @Test
  void aPageOfCountriesCostsTheSameStatementsWhateverItsSize() {
    List<String> two = List.of("PRK", "USA");
    List<String> all = List.of("CHN", "JPN", "KOR", "PRK", "SGP", "USA", "VNM");
    statements(two);
    assertThat(statements(two)).isEqualTo(statements(all));
  }

  @Test
  void pagesForwardAndBackwardVisitEachRelationshipOnce() {
    List<String> forward = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      JsonPath data =
          GraphQL.document("relationships/relationships")
              .variable("first", 1)
              .variable("after", after)
              .data();
      forward.addAll(data.getList(NODES + ".character"));
      more = data.getBoolean("relationships.pageInfo.hasNextPage");
      after = data.getString("relationships.pageInfo.endCursor");
    }
    List<String> backward = new ArrayList<>();
    String before = null;
    more = true;
    while (more) {
      JsonPath data =
          GraphQL.document("relationships/relationships")
              .variable("last", 1)
              .variable("before", before)
              .data();
      backward.addAll(0, data.getList(NODES + ".character"));
      more = data.getBoolean("relationships.pageInfo.hasPreviousPage");
      before = data.getString("relationships.pageInfo.startCursor");
    }
    assertThat(forward).containsExactly("TENSE", "PRODUCTIVE", "CORDIAL").isEqualTo(backward);
  }

  @Test
  void everyRelationshipLeadsBackToItselfById() {
    JsonPath list = GraphQL.document("relationships/relationships").data();
    List<String> ids = list.getList(NODES + ".id");
    assertThat(ids).hasSize(3).doesNotHaveDuplicates();
    for (int i = 0; i < ids.size(); i++) {
      JsonPath node =
          GraphQL.document("relationships/relationship-node").variable("id", ids.get(i)).data();
      assertThat(node.getString("node.__typename")).isEqualTo("Relationship");
      assertThat(node.getString("node.id")).isEqualTo(ids.get(i));
      assertThat(node.getString("node.character"))
          .isEqualTo(list.getString(NODES + "[" + i + "].character"));
      assertThat(node.getString("node.audit.createdBy")).isEqualTo("seed");
    }
  }

  @Test
  void aCuratorRecordsARelationshipAndReadsItBack() {
    String trump = peopleIds().get("Donald Trump");
    JsonPath data =
        record(
            input(
                List.of(fixture.countryId("KOR"), trump),
                Map.of("since", "2018-06", "until", "2019"),
                citation(ARTICLE_001, WORKING)));

    assertThat(data.getList("relationshipRecord.userErrors")).isEmpty();
    String relationship = "relationshipRecord.relationship";
    assertThat(data.getString(relationship + ".character")).isEqualTo("CORDIAL");
    assertThat(data.getString(relationship + ".since.iso")).isEqualTo("2018-06");
    assertThat(data.getString(relationship + ".since.precision")).isEqualTo("MONTH");
    assertThat(data.getString(relationship + ".until.iso")).isEqualTo("2019");
    assertThat(data.getList(relationship + ".parties.__typename"))
        .containsExactly("Country", "Person");
    assertThat(data.getString(relationship + ".parties[0].isoCode")).isEqualTo("KOR");
    assertThat(data.getString(relationship + ".parties[1].name")).isEqualTo("Donald Trump");
    assertThat(data.getString(relationship + ".basis")).isEqualTo("STATED");
    assertThat(data.getInt(relationship + ".version")).isZero();
    assertThat(data.getString(relationship + ".audit.createdBy")).isEqualTo(Tokens.CURATOR_NAME);
    assertThat(data.getList(relationship + ".citations.excerpt")).containsExactly(WORKING);

    String id = data.getString(relationship + ".id");
    JsonPath node = GraphQL.document("relationships/relationship-node").variable("id", id).data();
    assertThat(node.getString("node.description")).isEqualTo("Cordial, as the test says.");
    assertThat(node.getList("node.citations.excerpt")).containsExactly(WORKING);
    // Earliest first: the new one starts in June 2018, the seeded one has no start and comes last.
    assertThat(characters(Map.of("party", trump))).containsExactly("CORDIAL", "PRODUCTIVE");
  }

  @Test
  void theRulesRefuseAndNothingIsWritten() {
    long before = fixture.count("select count(*) from relationship");
    String usa = fixture.countryId("USA");
    String prk = fixture.countryId("PRK");
    Map<String, Object> verbatim = citation(ARTICLE_001, WORKING);

    assertThat(errors(input(List.of(usa), Map.of(), verbatim)))
        .containsExactly("[input, parties] RULE_VIOLATION");
    assertThat(errors(input(List.of(usa, prk, fixture.countryId("KOR")), Map.of(), verbatim)))
        .containsExactly("[input, parties] RULE_VIOLATION");
    assertThat(errors(input(List.of(usa, usa), Map.of(), verbatim)))
        .containsExactly("[input, parties, 1] DUPLICATE");
    assertThat(errors(input(List.of(usa, fixture.sourceId(ARTICLE_001)), Map.of(), verbatim)))
        .containsExactly("[input, parties, 1] NOT_FOUND");
    assertThat(errors(input(List.of(usa, prk), Map.of("since", "2019", "until", "2018"), verbatim)))
        .containsExactly("[input, until] RULE_VIOLATION");
    assertThat(errors(input(List.of(usa, prk), Map.of("since", "June 2018"), verbatim)))
        .containsExactly("[input, since] INVALID");
    // Not the article's words: "productive" is not "friendly".
    assertThat(
            errors(
                input(
                    List.of(usa, prk),
                    Map.of(),
                    citation(
                        ARTICLE_001,
                        "Trump and Kim have been able to build a friendly relationship"))))
        .containsExactly("[input, citation, excerpt] NOT_VERBATIM");
    // Verbatim in article 001, but cited from article 000.
    assertThat(errors(input(List.of(usa, prk), Map.of(), citation(ARTICLE_000, WORKING))))
        .containsExactly("[input, citation, excerpt] NOT_VERBATIM");

    assertThat(fixture.count("select count(*) from relationship")).isEqualTo(before);
  }

  @Test
  void onlyCuratorsRecordRelationships() {
    long before = fixture.count("select count(*) from relationship");
    Map<String, Object> input =
        input(
            List.of(fixture.countryId("USA"), fixture.countryId("PRK")),
            Map.of(),
            citation(ARTICLE_001, WORKING));

    var anonymous =
        GraphQL.document("relationships/relationship-record").variable("input", input).errors();
    assertThat(((Map<?, ?>) anonymous.get(0).get("extensions")).get("code"))
        .isEqualTo("UNAUTHENTICATED");
    var reader =
        GraphQL.document("relationships/relationship-record")
            .withToken(Tokens.reader())
            .variable("input", input)
            .errors();
    assertThat(((Map<?, ?>) reader.get(0).get("extensions")).get("code")).isEqualTo("FORBIDDEN");

    assertThat(fixture.count("select count(*) from relationship")).isEqualTo(before);
  }

  @Test
  void subscribersToAPartyHearOfItsNewRelationship() throws Exception {
    try (GraphQLSocket socket = GraphQLSocket.open(graphql)) {
      String query = GraphQL.text("relationships/relationships-changed");
      socket.subscribe("korea", query, Map.of("filter", Map.of("about", fixture.countryId("KOR"))));
      socket.subscribe("china", query, Map.of("filter", Map.of("about", fixture.countryId("CHN"))));
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
      while (feed.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(20);
      }
      assertThat(feed.size()).as("subscriptions held").isEqualTo(2);

      JsonPath data =
          record(
              input(
                  List.of(fixture.countryId("KOR"), fixture.countryId("JPN")),
                  Map.of(),
                  citation(ARTICLE_001, WORKING)));
      assertThat(data.getList("relationshipRecord.userErrors")).isEmpty();

      JsonObject message = socket.next();
      assertThat(message.getString("id")).isEqualTo("korea");
      JsonObject change =
          message.getJsonObject("payload").getJsonObject("data").getJsonObject("factsChanged");
      assertThat(change.getString("change")).isEqualTo("CREATED");
      assertThat(change.getString("kind")).isEqualTo("RELATIONSHIP");
      assertThat(change.getString("id"))
          .isEqualTo(data.getString("relationshipRecord.relationship.id"));
      assertThat(
              change
                  .getJsonObject("fact")
                  .getJsonArray("parties")
                  .getJsonObject(1)
                  .getString("isoCode"))
          .isEqualTo("JPN");
      // Not about China: nothing for that subscription.
      assertThat(socket.messages.poll(1, TimeUnit.SECONDS)).isNull();
    }
  }

  private static JsonPath record(Map<String, Object> input) {
    return GraphQL.document("relationships/relationship-record")
        .asCurator()
        .variable("input", input)
        .data();
  }

  private static List<String> errors(Map<String, Object> input) {
    return record(input).<Map<String, Object>>getList("relationshipRecord.userErrors").stream()
        .map(error -> error.get("field") + " " + error.get("code"))
        .toList();
  }

  private static Map<String, Object> input(
      List<String> parties, Map<String, String> period, Map<String, Object> citation) {
    Map<String, Object> input = new HashMap<>(period);
    input.put("parties", parties);
    input.put("character", "CORDIAL");
    input.put("description", "Cordial, as the test says.");
    input.put("citation", citation);
    return input;
  }

  private Map<String, Object> citation(String slug, String excerpt) {
    return Map.of("source", fixture.sourceId(slug), "excerpt", excerpt);
  }

  private static List<String> characters(Map<String, Object> filter) {
    return GraphQL.document("relationships/relationships")
        .variable("filter", filter)
        .data()
        .getList(NODES + ".character");
  }

  private static Map<String, String> peopleIds() {
    Map<String, String> ids = new HashMap<>();
    for (Map<String, Object> person :
        GraphQL.document("relationships/party-relationships")
            .variable("isoCodes", List.of())
            .data()
            .<Map<String, Object>>getList("people.nodes")) {
      ids.put((String) person.get("name"), (String) person.get("id"));
    }
    return ids;
  }

  private static long statements(List<String> isoCodes) {
    long before = SqlStatementCounter.count();
    JsonPath data =
        GraphQL.document("relationships/countries-nested").variable("isoCodes", isoCodes).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("countries.nodes.isoCode")).hasSameSizeAs(isoCodes);
    assertThat(data.getList("countries.nodes.relationships.totalCount")).contains(2);
    return used;
  }
}
