package io.summitgraph.synthetic;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.TestDatabase;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The synthetic benchmark data at a small scale: deterministic, true to the domain's rules, and the
 * API's cost in SQL statements per request independent of page size and of data scale.
 *
 * <p>Runs under its own profile, so it gets a database of its own (loading rows here must not
 * change the counts other tests expect); the determinism check uses two further fresh databases.
 */
@QuarkusTest
@TestProfile(SyntheticDataTest.Profile.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyntheticDataTest {

  /** A profile of its own: a fresh database, and the benchmark's routes on. */
  public static class Profile implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("summitgraph.bench.sql-floor.enabled", "true");
    }
  }

  private static final double SMALL = 0.02;
  private static final double LARGER = 0.05;

  @Inject AgroalDataSource dataSource;

  // ---- The generator ----------------------------------------------------------------------------

  @Test
  @Order(1)
  void theSameScaleGivesTheSameRowsAndTheRowsKeepTheDomainRules() throws Exception {
    Map<String, String> first = loadIntoFreshDatabase("sg_synthetic_a", SMALL);
    Map<String, String> second = loadIntoFreshDatabase("sg_synthetic_b", SMALL);
    assertThat(first).isEqualTo(second);
    assertThat(first.get("citation")).isNotEqualTo(digestOfEmpty());

    try (Connection connection = connect("sg_synthetic_a");
        Statement statement = connection.createStatement()) {
      SyntheticData.Counts counts = new SyntheticData(SMALL).counts();
      String synthetic = "(select id from source where slug like 'synthetic-%')";
      assertThat(single(statement, "select count(*) from source where id in " + synthetic))
          .isEqualTo(counts.sources());
      assertThat(single(statement, "select count(*) from citation where source_id in " + synthetic))
          .isEqualTo(counts.facts());
      // Verbatim, at the offset the trigger itself would have set (the first occurrence).
      assertThat(
              single(
                  statement,
                  "select count(*) from citation c join source s on s.id = c.source_id"
                      + " where strpos(s.text, c.excerpt) - 1 <> c.start_offset"))
          .isZero();
      assertThat(
              single(
                  statement,
                  "select count(*) from fact f"
                      + " where not exists (select 1 from citation c where c.fact_id = f.id)"))
          .isZero();
      // Every synthetic fact is registered under its own kind.
      for (String table :
          List.of("organization", "location", "person", "event", "participation", "quote")) {
        assertThat(
                single(
                    statement,
                    "select count(*) from "
                        + table
                        + " t where not exists (select 1 from fact f where f.id = t.id and f.kind = '"
                        + table
                        + "')"))
            .as(table + " rows registered as facts")
            .isZero();
      }
      // The foreign keys the load did not check row by row hold.
      assertThat(
              single(
                  statement,
                  "select count(*) from participation pa left join event e on e.id = pa.event_id"
                      + " left join person p on p.id = pa.person_id where e.id is null or p.id is null"))
          .isZero();
      assertThat(
              single(
                  statement,
                  "select count(*) from source s where s.content_hash"
                      + " <> encode(sha256(convert_to(s.text, 'UTF8')), 'hex')"))
          .isZero();
      // Long sources with many citations each; skewed participation.
      assertThat(
              single(
                  statement,
                  "select avg(length(text))::bigint from source where id in " + synthetic))
          .isGreaterThan(2_000);
      long mostEvents =
          single(
              statement,
              "select max(n) from (select count(*) n from participation group by person_id) x");
      assertThat(mostEvents)
          .as("the busiest person's events, against the average")
          .isGreaterThan(5L * counts.participations() / counts.people());
      // The articles' data is still there, untouched.
      assertThat(single(statement, "select count(*) from source where slug not like 'synthetic-%'"))
          .isEqualTo(3);

      assertThatThrownBy(() -> new SyntheticData(SMALL).load(connection))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("already loaded");
      assertThat(single(statement, "select count(*) from source")).isEqualTo(counts.sources() + 3);
    }
  }

  private static String digestOfEmpty() {
    return "d41d8cd98f00b204e9800998ecf8427e";
  }

  /** Per table, an md5 of all its rows in id order. */
  private Map<String, String> loadIntoFreshDatabase(String name, double scale) throws Exception {
    try (Connection admin = connect("postgres");
        Statement statement = admin.createStatement()) {
      statement.execute("drop database if exists " + name + " with (force)");
      statement.execute("create database " + name);
    }
    String url = urlOf(name);
    Flyway.configure()
        .dataSource(
            url, TestDatabase.administrator().getKey(), TestDatabase.administrator().getValue())
        .locations("classpath:db/migration")
        .load()
        .migrate();
    Map<String, String> digests = new LinkedHashMap<>();
    try (Connection connection = connect(name);
        Statement statement = connection.createStatement()) {
      new SyntheticData(scale).load(connection);
      for (String table :
          List.of(
              "organization",
              "location",
              "person",
              "event",
              "participation",
              "quote",
              "fact",
              "source",
              "citation")) {
        try (ResultSet rs =
            statement.executeQuery(
                "select md5(coalesce(string_agg("
                    // The registry's audit columns say when the load ran, not what it loaded.
                    + (table.equals("fact") ? "(t.id, t.kind)::text" : "t::text")
                    + ", '|' order by t.id), '')) from "
                    + table
                    + " t")) {
          rs.next();
          digests.put(table, rs.getString(1));
        }
      }
    }
    return digests;
  }

  private String urlOf(String database) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      String url = connection.getMetaData().getURL();
      int query = url.indexOf('?');
      String base = query < 0 ? url : url.substring(0, query);
      return base.substring(0, base.lastIndexOf('/') + 1) + database;
    }
  }

  private Connection connect(String database) throws SQLException {
    // The test's own databases are made and filled by the server's superuser: the service's role
    // may not create databases.
    return DriverManager.getConnection(
        urlOf(database),
        TestDatabase.administrator().getKey(),
        TestDatabase.administrator().getValue());
  }

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  // ---- The API at scale -------------------------------------------------------------------------

  record Measured(long statements, JsonPath data) {}

  /** Posts a benchmark query (bench/queries/NAME.sg.graphql) and counts its SQL statements. */
  static Measured measure(String name, Map<String, Object> variables) throws Exception {
    String query = Files.readString(Path.of("bench", "queries", name + ".sg.graphql"));
    long before = SqlStatementCounter.count();
    JsonPath json =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("query", query, "variables", variables))
            .post("/graphql")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    long statements = SqlStatementCounter.count() - before;
    assertThat(json.getList("errors")).as("errors of " + name).isNull();
    System.out.printf("%s %s -> %d SQL statements%n", name, variables, statements);
    return new Measured(statements, json.setRootPath("data"));
  }

  private static Map<String, Long> statementsPerShape(int first) throws Exception {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("flat", measure("flat", Map.of("first", first)).statements());
    counts.put(
        "nested3", measure("nested3", Map.of("first", first, "participants", first)).statements());
    counts.put(
        "nested5",
        measure("nested5", Map.of("first", first, "participants", first, "quotes", first))
            .statements());
    String cursor =
        measure("keyset", Map.of("first", first)).data().getString("events.pageInfo.endCursor");
    counts.put("keyset", measure("keyset", Map.of("first", first, "after", cursor)).statements());
    return counts;
  }

  @Test
  @Order(2)
  void statementsPerRequestDependOnNeitherPageSizeNorDataScale() throws Exception {
    Map<String, Long> seedSmall = statementsPerShape(5);
    Map<String, Long> seedLarge = statementsPerShape(50);
    Map<String, Object> fullPages = Map.of("first", 50, "participants", 50);
    List<String> seedTexts = SqlStatementCounter.textsDuring(() -> measure("nested3", fullPages));

    try (Connection connection = dataSource.getConnection()) {
      new SyntheticData(LARGER).load(connection);
    }
    Map<String, Long> scaledSmall = statementsPerShape(5);
    Map<String, Long> scaledLarge = statementsPerShape(50);

    // Every shape is one root field, which the compiled read path (platform/compiler) serves with
    // one statement, however deep, whatever the page size and the scale.
    Map<String, Long> perLevel = Map.of("flat", 1L, "nested3", 1L, "nested5", 1L, "keyset", 1L);
    assertThat(scaledSmall).isEqualTo(perLevel);
    assertThat(scaledLarge).isEqualTo(perLevel);
    // The articles alone: the same, except that a level with no rows at all (e.g. no quote of the
    // first five events' people has an occasion) sends no statement.
    for (Map<String, Long> seed : List.of(seedSmall, seedLarge)) {
      seed.forEach(
          (shape, statements) -> assertThat(statements).isLessThanOrEqualTo(perLevel.get(shape)));
    }
    assertThat(seedSmall.get("nested3")).isEqualTo(1L);

    // Nor do the statements' texts depend on the data, though the number of keys each level looks
    // up does (at scale, far more people and countries per page): the keys go as one array, so
    // PostgreSQL and Hibernate prepare each statement once, not once per number of keys.
    List<String> scaledTexts = SqlStatementCounter.textsDuring(() -> measure("nested3", fullPages));
    assertThat(scaledTexts).hasSize(1).isEqualTo(seedTexts);

    // The pages really were full at scale: 50 events, each with its participants and quotes.
    JsonPath nested =
        measure("nested5", Map.of("first", 50, "participants", 50, "quotes", 50)).data();
    assertThat(nested.getList("events.nodes")).hasSize(50);
    assertThat(nested.getList("events.nodes.participants.edges.flatten()")).hasSizeGreaterThan(50);
    assertThat(nested.getList("events.nodes.participants.edges.node.quotes.nodes.flatten()"))
        .hasSizeGreaterThan(50);
  }

  @Test
  @Order(3)
  void theSqlFloorReturnsWhatGraphQLReturnsForTheThreeLevelShape() throws Exception {
    Map<String, Object> variables = Map.of("first", 20, "participants", 10);
    JsonPath graphql = measure("nested3", variables).data();
    String query = Files.readString(Path.of("bench", "queries", "nested3.sg.graphql"));
    JsonPath floor =
        given()
            .contentType(ContentType.JSON)
            .body(Map.of("query", query, "variables", variables))
            .post("/bench/sql-floor")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath()
            .setRootPath("data");
    assertThat(floor.getList("events.nodes")).hasSize(20);
    assertThat((Object) floor.get("events")).isEqualTo(graphql.get("events"));
  }
}
