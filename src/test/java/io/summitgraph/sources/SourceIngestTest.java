package io.summitgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * sourceIngest with an article written for this test (not one of the seeds): a report on the
 * February 2019 summit naming known people, places and outlets in other spellings, and people the
 * knowledge base does not know. Every source a test stores is deleted afterwards, so the seed
 * counts other tests rely on hold.
 */
@QuarkusTest
class SourceIngestTest {

  static final String TITLE = "North Korea Weighs Next Steps After Hanoi Summit Ends Without Deal";

  static final String ARTICLE =
      """
      North Korea Weighs Next Steps After Hanoi Summit Ends Without Deal

      HANOI, March 1, 2019 — KIM JONG‑UN left the Vietnamese capital on Friday without the \
      sanctions relief he had sought, after talks with President Donald Trump were cut short a \
      day early.

      Secretary of State Mike Pompeo told reporters that negotiators had come close, but that the \
      United States would not lift sanctions while North Korea kept its nuclear programme. \
      Kim Jong-un's delegation, led by Kim Yong Chol, offered to dismantle the Yongbyon complex, \
      according to the korean central news agency.

      Analysts in Seoul noted that the Punggye Ri nuclear site and the Sohae Missile Test Facility \
      were not mentioned in the final statements. South Korean President Moon Jae-in said he would \
      keep mediating, while Vice Foreign Minister Choe Son Hui hinted that Pyongyang might \
      reconsider the talks altogether.

      Special envoy Stephen Biegun is expected to return to the region. The summit in Việt Nam \
      followed the first meeting in Singapore in June 2018.
      """;

  @Inject AgroalDataSource dataSource;

  private final List<String> texts = new ArrayList<>();

  @AfterEach
  void deleteWhatTheTestStored() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement citations =
            connection.prepareStatement(
                "delete from citation where source_id in (select id from source"
                    + " where content_hash = encode(sha256(convert_to(?, 'UTF8')), 'hex'))");
        PreparedStatement sources =
            connection.prepareStatement(
                "delete from source where content_hash = encode(sha256(convert_to(?, 'UTF8')),"
                    + " 'hex')")) {
      for (String text : texts) {
        citations.setString(1, text);
        citations.executeUpdate();
        sources.setString(1, text);
        sources.executeUpdate();
      }
    }
  }

  private Map<String, Object> input(String title, String text) {
    texts.add(text);
    Map<String, Object> input = new HashMap<>();
    input.put("title", title);
    input.put("text", text);
    return input;
  }

  private static JsonPath ingest(Map<String, Object> input) {
    return GraphQL.document("sources/source-ingest")
        .asCurator()
        .variable("input", input)
        .data()
        .setRootPath("data.sourceIngest");
  }

  @Test
  void storesTheArticleAndLinksTheKnownNamesInTheirVariantSpellings() {
    JsonPath ids = GraphQL.document("sources/person-and-outlet-ids").data();
    Map<String, Object> input = input(TITLE, ARTICLE);
    input.put("author", ids.getString("people.nodes[0].id"));
    input.put("publisher", ids.getString("organizations.nodes[0].id"));
    input.put("publishedOn", "2019-03-01");
    input.put("url", "https://example.org/2019/03/01/hanoi-summit");

    JsonPath payload = ingest(input);
    assertThat(payload.getList("userErrors")).isEmpty();
    assertThat(payload.getBoolean("created")).isTrue();
    assertThat(payload.getString("source.title")).isEqualTo(TITLE);
    assertThat(payload.getString("source.text")).isEqualTo(ARTICLE);
    assertThat(payload.getString("source.slug"))
        .startsWith("north-korea-weighs-next-steps-after-hanoi-summit-ends");
    assertThat(payload.getString("source.publishedOn.iso")).isEqualTo("2019-03-01");
    assertThat(payload.getString("source.publishedOn.precision")).isEqualTo("DAY");
    assertThat(payload.getString("source.author.name")).isEqualTo("Cassie Grissom");
    assertThat(payload.getString("source.publisher.name")).isEqualTo("New York Magazine");
    assertThat(payload.getString("source.contentHash"))
        .isEqualTo(SourceIngestService.sha256(ARTICLE));

    List<Map<String, Object>> mentions = payload.getList("source.mentions.nodes");
    List<String> linked =
        mentions.stream()
            .map(
                m -> {
                  @SuppressWarnings("unchecked")
                  Map<String, Object> subject = (Map<String, Object>) m.get("subject");
                  return m.get("text") + " -> " + subject.get("name");
                })
            .toList();
    assertThat(linked)
        .contains(
            "KIM JONG‑UN -> Kim Jong Un",
            "President Donald Trump -> Donald Trump",
            "Mike Pompeo -> Mike Pompeo",
            "United States -> United States of America",
            "North Korea -> North Korea",
            "Kim Jong-un -> Kim Jong Un",
            "Kim Yong Chol -> Kim Yong-chol",
            "korean central news agency -> KCNA",
            "Seoul -> Seoul",
            "Punggye Ri nuclear site -> Punggye-ri nuclear site",
            "Sohae Missile Test Facility -> Sohae missile test facility",
            "Việt Nam -> Vietnam",
            "Singapore -> Singapore");
    // People and places the knowledge base does not know stay unlinked.
    assertThat(linked)
        .noneMatch(
            line ->
                line.contains("Moon")
                    || line.contains("Choe")
                    || line.contains("Biegun")
                    || line.contains("Hanoi")
                    || line.contains("HANOI")
                    || line.contains("Yongbyon")
                    || line.contains("Pyongyang"));
    int[] codePoints = ARTICLE.codePoints().toArray();
    for (Map<String, Object> mention : mentions) {
      int start = (Integer) mention.get("start");
      int end = (Integer) mention.get("end");
      assertThat(new String(codePoints, start, end - start)).isEqualTo(mention.get("text"));
    }
  }

  @Test
  void theSameTextTwiceGivesTheStoredSource() throws SQLException {
    String text = ARTICLE + "\nUpdated: no change to the facts.\n";
    JsonPath first = ingest(input(TITLE, text));
    JsonPath second = ingest(input("Another title for the same words", text));
    assertThat(first.getBoolean("created")).isTrue();
    assertThat(second.getBoolean("created")).isFalse();
    assertThat(second.getList("userErrors")).isEmpty();
    assertThat(second.getString("source.id")).isEqualTo(first.getString("source.id"));
    assertThat(second.getString("source.title")).isEqualTo(TITLE);
    assertThat(sourcesWithText(text)).isEqualTo(1);
  }

  /**
   * Each round races six ingestions of one new text. When the conflict clause named only the hash,
   * two inserts could both pass its pre-check and meet on the slug index, and one failed: 1 and 6
   * failed inserts in two runs of 150 rounds of six concurrent psql inserts; over HTTP it is rarer,
   * so this guards rather than proves.
   */
  @Test
  void concurrentIngestionsOfOneTextStoreItOnce() throws Exception {
    int threads = 6;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      for (int round = 1; round <= 4; round++) {
        String text = ARTICLE + "\nCorrection " + round + " appended for the concurrency test.\n";
        Map<String, Object> input = input(TITLE, text);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<JsonPath>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
          Callable<JsonPath> call =
              () -> {
                start.await();
                return ingest(input);
              };
          results.add(pool.submit(call));
        }
        start.countDown();
        List<JsonPath> payloads = new ArrayList<>();
        for (Future<JsonPath> result : results) {
          payloads.add(result.get());
        }
        assertThat(payloads).allSatisfy(p -> assertThat(p.getList("userErrors")).isEmpty());
        assertThat(payloads).filteredOn(p -> p.getBoolean("created")).hasSize(1);
        assertThat(payloads.stream().map(p -> p.getString("source.id")).distinct())
            .hasSize(1)
            .doesNotContainNull();
        assertThat(sourcesWithText(text)).isEqualTo(1);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void anotherTextWithTheSameSlugIsRefusedWithoutWriting() throws SQLException {
    String text = ARTICLE + "\nA text whose slug is taken.\n";
    String hash = SourceIngestService.sha256(text);
    // A 64-bit collision of the hash's start cannot be produced honestly; a row holding the slug
    // the new text will get, under another hash, stands for it.
    String squatter = "squatter " + hash;
    texts.add(squatter);
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into source (slug, title, text, content_hash)"
                    + " values (?, ?, ?, encode(sha256(convert_to(?, 'UTF8')), 'hex'))")) {
      insert.setString(1, SourceIngestService.slug(TITLE, hash));
      insert.setString(2, "Squatter");
      insert.setString(3, squatter);
      insert.setString(4, squatter);
      insert.executeUpdate();
    }

    JsonPath payload = ingest(input(TITLE, text));
    assertThat(payload.getString("source")).isNull();
    assertThat(payload.getBoolean("created")).isFalse();
    assertThat(payload.getList("userErrors.code")).containsExactly("DUPLICATE");
    assertThat(payload.getList("userErrors.field")).containsExactly(List.of("input", "title"));
    assertThat(sourcesWithText(text)).isZero();
  }

  @Test
  void anIngestedArticleIsSearchableAtOnceAndCanBeCited() throws SQLException {
    String text = ARTICLE + "\nThe word zyxwvutsonic appears in no other source.\n";
    JsonPath payload = ingest(input(TITLE, text));
    String id = payload.getString("source.id");

    JsonPath hits =
        GraphQL.document("search/search")
            .variable("query", "zyxwvutsonic")
            .variable("kinds", List.of("SOURCE"))
            .data();
    assertThat(hits.getList("search.edges.node.id", String.class)).containsExactly(id);

    // A curator can now cite it: a verbatim excerpt is accepted, anything else refused.
    long source = io.summitgraph.common.ids.GlobalId.keyOf(id, "Source");
    try (Connection connection = dataSource.getConnection()) {
      long kim = key(connection, "select id from person where name = 'Kim Jong Un'");
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into citation (fact_id, source_id, excerpt) values (?, ?, ?)"
                  + " returning start_offset")) {
        insert.setLong(1, kim);
        insert.setLong(2, source);
        insert.setString(3, "KIM JONG‑UN left the Vietnamese capital");
        try (ResultSet rows = insert.executeQuery()) {
          rows.next();
          assertThat(rows.getInt(1)).isEqualTo(text.indexOf("KIM JONG‑UN left"));
        }
        insert.setString(3, "Kim Jong Un left the Vietnamese capital");
        Assertions.assertThatThrownBy(insert::executeQuery).hasMessageContaining("not verbatim");
      }
    }
  }

  @Test
  void badInputIsRefusedWithEveryProblemAndNothingIsStored() throws SQLException {
    long before = sourceCount();
    Map<String, Object> input = input("  ", "   \n ");
    input.put("url", "ftp:/nowhere");
    input.put("publishedOn", LocalDate.now(ZoneOffset.UTC).plusYears(1).getYear() + "-01");
    input.put("author", io.summitgraph.common.ids.GlobalId.encode("Person", 999_999_999L));
    input.put("publisher", io.summitgraph.common.ids.GlobalId.encode("Country", 1000L));
    JsonPath payload = ingest(input);
    assertThat(payload.getString("source")).isNull();
    assertThat(payload.getBoolean("created")).isFalse();
    List<Map<String, Object>> errors = payload.getList("userErrors");
    assertThat(errors)
        .extracting(e -> e.get("field") + " " + e.get("code"))
        .containsExactlyInAnyOrder(
            "[input, title] INVALID",
            "[input, text] INVALID",
            "[input, url] INVALID",
            "[input, publishedOn] INVALID",
            "[input, author] NOT_FOUND",
            "[input, publisher] NOT_FOUND");
    assertThat(sourceCount()).isEqualTo(before);

    Map<String, Object> badDate = input(TITLE, ARTICLE + "\nbad date\n");
    badDate.put("publishedOn", "2019-02-30");
    assertThat(ingest(badDate).getList("userErrors.field", List.class))
        .containsExactly(List.of("input", "publishedOn"));
    assertThat(sourceCount()).isEqualTo(before);
  }

  @Test
  void onlyCuratorsIngest() throws SQLException {
    long before = sourceCount();
    Map<String, Object> input = input(TITLE, ARTICLE + "\nunauthorised copy\n");
    var anonymous = GraphQL.document("sources/source-ingest").variable("input", input).errors();
    assertThat(anonymous.get(0).toString()).contains("UNAUTHENTICATED");
    var reader =
        GraphQL.document("sources/source-ingest")
            .withToken(Tokens.reader())
            .variable("input", input)
            .errors();
    assertThat(reader.get(0).toString()).contains("FORBIDDEN");
    var expired =
        GraphQL.document("sources/source-ingest")
            .withToken(Tokens.expiredCurator())
            .variable("input", input)
            .errors();
    assertThat(expired.get(0).toString()).contains("UNAUTHENTICATED");
    assertThat(sourceCount()).isEqualTo(before);
  }

  private long sourceCount() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      return key(connection, "select count(*) from source");
    }
  }

  private long sourcesWithText(String text) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement count =
            connection.prepareStatement("select count(*) from source where text = ?")) {
      count.setString(1, text);
      try (ResultSet rows = count.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static long key(Connection connection, String sql) throws SQLException {
    try (PreparedStatement statement = connection.prepareStatement(sql);
        ResultSet rows = statement.executeQuery()) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
