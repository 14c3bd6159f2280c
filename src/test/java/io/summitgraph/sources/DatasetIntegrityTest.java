package io.summitgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.facts.FactKind;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The rules the whole dataset keeps (domain.md): every fact is cited, and every excerpt stands
 * verbatim in its source, at the offsets served. Checked through the API and in the database, and
 * the database refuses writes that would break them. Every inference carries its reasoning and
 * names a field its fact has.
 */
@QuarkusTest
class DatasetIntegrityTest {

  private static final List<String> FACT_TABLES =
      Arrays.stream(FactKind.values()).map(FactKind::table).toList();

  private static final String NOT_IN_ANY_ARTICLE = "Kim Jong Un opened a bakery in Singapore";

  @Inject AgroalDataSource dataSource;

  @Test
  void everyExcerptIsTheSourceTextBetweenItsOffsets() throws SQLException {
    int checked = 0;
    for (String sourceId : SourcesTest.sourceIds().values()) {
      List<JsonPath> pages = SourcesTest.citationPages(sourceId, 100);
      for (JsonPath data : pages) {
        String text = data.getString("node.text");
        for (Map<String, Object> citation :
            data.<Map<String, Object>>getList("node.citations.edges.node")) {
          String excerpt = (String) citation.get("excerpt");
          int start = (Integer) citation.get("startOffset");
          int end = (Integer) citation.get("endOffset");
          // Offsets count Unicode code points, not UTF-16 units.
          String slice =
              text.substring(text.offsetByCodePoints(0, start), text.offsetByCodePoints(0, end));
          assertThat(slice)
              .as("citation %s of %s", citation.get("id"), data.getString("node.slug"))
              .isEqualTo(excerpt);
          assertThat(end - start).isEqualTo(excerpt.codePointCount(0, excerpt.length()));
          checked++;
        }
      }
    }

    assertThat(checked).isEqualTo(count("select count(*) from citation")).isEqualTo(206);
  }

  @Test
  void everyFactRowIsRegisteredAndCited() throws SQLException {
    assertThat(count("select count(*) from fact")).isPositive();
    assertThat(
            count(
                "select count(*) from fact f where not exists"
                    + " (select 1 from citation c where c.fact_id = f.id)"))
        .isZero();
    int rows = 0;
    for (String table : FACT_TABLES) {
      assertThat(
              count(
                  "select count(*) from "
                      + table
                      + " t where not exists"
                      + " (select 1 from fact f where f.id = t.id and f.kind = '"
                      + table
                      + "')"))
          .as("rows of %s missing from fact", table)
          .isZero();
      rows += count("select count(*) from " + table);
    }
    assertThat(rows).isEqualTo(count("select count(*) from fact"));
  }

  @Test
  void everyExcerptStandsVerbatimInItsSourceAtItsOffset() throws SQLException {
    assertThat(
            count(
                "select count(*) from citation c join source s on s.id = c.source_id"
                    + " where strpos(s.text, c.excerpt) = 0"
                    + " or substr(s.text, c.start_offset + 1, char_length(c.excerpt)) <> c.excerpt"))
        .isZero();
    // A source's text is what its content hash was computed from.
    assertThat(
            count(
                "select count(*) from source"
                    + " where content_hash <> encode(sha256(convert_to(text, 'UTF8')), 'hex')"))
        .isZero();
  }

  @Test
  void aCitationWhoseExcerptIsNotInItsSourceIsRefused() throws SQLException {
    int citations = count("select count(*) from citation");

    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into citation (fact_id, source_id, excerpt)"
                    + " select p.id, s.id, ? from person p, source s"
                    + " where p.name = 'Kim Jong Un' and s.slug = ?")) {
      insert.setString(1, NOT_IN_ANY_ARTICLE);
      insert.setString(2, SourcesTest.ARTICLE_002);
      assertThatThrownBy(insert::executeUpdate)
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("not verbatim")
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
    }

    assertThat(count("select count(*) from citation")).isEqualTo(citations);
    assertThat(count("select count(*) from citation where excerpt = '" + NOT_IN_ANY_ARTICLE + "'"))
        .isZero();
  }

  @Test
  void anExcerptTakenFromAnotherArticleIsRefused() throws SQLException {
    // Verbatim in article 000 ("Kim Jong‑Un" with a non-breaking hyphen), but cited from 001.
    try (Connection connection = dataSource.getConnection();
        PreparedStatement insert =
            connection.prepareStatement(
                "insert into citation (fact_id, source_id, excerpt)"
                    + " select p.id, s.id, ? from person p, source s"
                    + " where p.name = 'Kim Jong Un' and s.slug = ?")) {
      insert.setString(1, "North Korean leader Kim Jong\u2011Un");
      insert.setString(2, SourcesTest.ARTICLE_001);
      assertThatThrownBy(insert::executeUpdate).isInstanceOf(SQLException.class);
    }

    assertThat(
            count(
                "select count(*) from citation c join source s on s.id = c.source_id"
                    + " where s.slug = '"
                    + SourcesTest.ARTICLE_001
                    + "'"))
        .isEqualTo(83);
  }

  @Test
  void changingAnExcerptToWordsNotInTheSourceIsRefused() throws SQLException {
    String excerpt = "the first summit held in Singapore on June 12";
    int before = count("select count(*) from citation where excerpt = '" + excerpt + "'");
    assertThat(before).isPositive();

    try (Connection connection = dataSource.getConnection();
        PreparedStatement update =
            connection.prepareStatement("update citation set excerpt = ? where excerpt = ?")) {
      update.setString(1, NOT_IN_ANY_ARTICLE);
      update.setString(2, excerpt);
      assertThatThrownBy(update::executeUpdate).isInstanceOf(SQLException.class);
    }

    assertThat(count("select count(*) from citation where excerpt = '" + excerpt + "'"))
        .isEqualTo(before);
  }

  @Test
  void aFactWithoutACitationIsRefusedAtCommit() throws SQLException {
    int facts = count("select count(*) from fact");

    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // Accepted for now: the fact and its citations may be written together...
        statement.executeUpdate("insert into country (iso_code, name) values ('ZZY', 'Nowhere')");
        // ...but not committed without one.
        assertThatThrownBy(connection::commit)
            .isInstanceOf(SQLException.class)
            .hasMessageContaining("has no citation");
      } finally {
        connection.rollback();
        connection.setAutoCommit(true);
      }
    }

    assertThat(count("select count(*) from country where iso_code = 'ZZY'")).isZero();
    assertThat(count("select count(*) from fact")).isEqualTo(facts);
  }

  @Test
  void removingTheLastCitationOfAFactIsRefused() throws SQLException {
    // Japan is cited once.
    String japan = "select id from country where iso_code = 'JPN'";
    assertThat(count("select count(*) from citation where fact_id = (" + japan + ")")).isOne();

    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () -> statement.executeUpdate("delete from citation where fact_id = (" + japan + ")"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("has no citation");
    }

    assertThat(count("select count(*) from citation where fact_id = (" + japan + ")")).isOne();
  }

  @Test
  void everyInferenceCarriesItsReasoningAndNamesAFieldOfItsFact() throws SQLException {
    Map<String, Set<String>> fieldsOfFactTypes = new HashMap<>();
    for (Map<String, Object> type :
        GraphQL.document("inferences/fact-fields")
            .data()
            .<Map<String, Object>>getList("__schema.types")) {
      @SuppressWarnings("unchecked")
      List<Map<String, Object>> interfaces = (List<Map<String, Object>>) type.get("interfaces");
      if (interfaces != null && interfaces.stream().anyMatch(i -> "Fact".equals(i.get("name")))) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> fields = (List<Map<String, Object>>) type.get("fields");
        fieldsOfFactTypes.put(
            (String) type.get("name"),
            fields.stream().map(f -> (String) f.get("name")).collect(Collectors.toSet()));
      }
    }

    int checked = 0;
    List<JsonPath> pages =
        Pages.forward(
            "inferences",
            after ->
                GraphQL.document("inferences/inferences")
                    .variable("first", 100)
                    .variable("after", after)
                    .data());
    for (JsonPath data : pages) {
      for (Map<String, Object> inference : data.<Map<String, Object>>getList("inferences.nodes")) {
        @SuppressWarnings("unchecked")
        Map<String, Object> fact = (Map<String, Object>) inference.get("fact");
        String field = (String) inference.get("field");
        assertThat((String) inference.get("reasoning"))
            .as("reasoning of inference %s", inference.get("id"))
            .isNotBlank()
            .hasSizeGreaterThan(40);
        assertThat(fact.get("basis"))
            .as("basis of %s", fact.get("id"))
            .isEqualTo(field == null ? "INFERRED" : "PARTLY_INFERRED");
        assertThat((List<?>) fact.get("citations")).isNotEmpty();
        if (field != null) {
          assertThat(fieldsOfFactTypes.get((String) fact.get("__typename")))
              .as("inference %s about %s.%s", inference.get("id"), fact.get("__typename"), field)
              .contains(field);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(count("select count(*) from inference")).isGreaterThan(20);
  }

  @Test
  void whatOnlyAnInferenceCanSayIsAlwaysMarked() throws SQLException {
    // A date stated without its year takes its year from an inference on the date, which gives it.
    assertThat(
            count(
                "select count(*) from event e where 'MONTH_DAY' in (e.start_precision,"
                    + " e.end_precision) and not exists (select 1 from inference i where i.fact_id ="
                    + " e.id and i.field = 'date' and i.value = to_char(e.starts_on, 'YYYY-MM-DD'))"))
        .isZero();
    assertThat(count("select count(*) from event where start_precision = 'MONTH_DAY'")).isOne();
    // Two events the sources do not say are one: only ever an inference.
    assertThat(
            count(
                "select count(*) from event_relation r where r.kind = 'POSSIBLY_SAME_AS' and not"
                    + " exists (select 1 from inference i where i.fact_id = r.id and i.field is"
                    + " null)"))
        .isZero();
  }

  @Test
  void anInferenceWithoutReasoningIsRefused() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "insert into inference (fact_id, field, reasoning) select id, 'kind', '  '"
                          + " from country where iso_code = 'JPN'"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23514"));
      assertThatThrownBy(
              () ->
                  statement.executeUpdate(
                      "insert into inference (fact_id, field) select id, 'kind'"
                          + " from country where iso_code = 'JPN'"))
          .isInstanceOf(SQLException.class)
          .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("23502"));
    }
    assertThat(
            count(
                "select count(*) from inference i join country c on c.id = i.fact_id"
                    + " where c.iso_code = 'JPN'"))
        .isZero();
  }

  private int count(String sql) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getInt(1);
    }
  }
}
