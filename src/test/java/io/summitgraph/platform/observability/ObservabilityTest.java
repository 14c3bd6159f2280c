package io.summitgraph.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Waiting;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * What an operator sees, checked through the service's own endpoints and outputs: the Prometheus
 * scrape at {@code /q/metrics}, spans as a collector receives them (an in-process exporter), and
 * JSON log lines in a file.
 */
@QuarkusTest
@TestProfile(ObservabilityTest.Observed.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObservabilityTest {

  static final Path LOG = Path.of("target", "observability-test", "service.log");

  /** Every trace recorded, every operation logged as slow, JSON logs to a file, few names. */
  public static class Observed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.tracing.sample-ratio", "1",
          "summitgraph.observability.slow-operation", "0ms",
          "summitgraph.observability.operation-names", "4",
          "summitgraph.db.statement-timeout", "2s",
          "quarkus.log.file.enabled", "true",
          "quarkus.log.file.path", LOG.toString(),
          "quarkus.log.file.json.enabled", "true");
    }
  }

  @Inject InMemorySpanExporter spans;
  @Inject AgroalDataSource database;

  @Test
  @Order(1)
  void aScrapeShowsTheOperationsHistogramAndItsDatabaseWork() {
    long statementsBefore = SqlStatementCounter.count();
    double summedBefore = metric("graphql_operation_statements_sum", "ObservedSummits", "query");

    GraphQL.document("observability/observed-summits").data();

    long sent = SqlStatementCounter.count() - statementsBefore;
    String scrape = scrape();
    assertThat(value(scrape, "graphql_operation_seconds_count", "ObservedSummits", "query", "ok"))
        .isGreaterThanOrEqualTo(1);
    assertThat(scrape)
        .contains(
            "graphql_operation_seconds_bucket{operation=\"ObservedSummits\",result=\"ok\","
                + "type=\"query\",le=\"0.1\"}");
    // Every statement the request sent is counted for it, whichever thread sent it.
    assertThat(metric("graphql_operation_statements_sum", "ObservedSummits", "query"))
        .isEqualTo(summedBefore + sent);
    // One statement per root field (summits, people): the compiled read path serves both.
    assertThat(sent).isGreaterThanOrEqualTo(2);
    assertThat(metric("graphql_operation_database_seconds_sum", "ObservedSummits", "query"))
        .isGreaterThan(0);
    assertThat(scrape)
        .containsPattern("graphql_compiled_seconds_count\\{field=\"Query.summits\"} [1-9]")
        .contains("agroal_active_count{datasource=\"default\"}")
        .contains("jvm_memory_used_bytes")
        .contains("process_cpu_usage");
  }

  @Test
  @Order(2)
  void errorsAreCountedByCodeAndRefusalsByLimit() {
    double invalid = errorCount("GRAPHQL_VALIDATION_FAILED", "_none", "none");
    double deep = refusals("depth");

    new GraphQLRaw("{ noSuchField }").send();
    assertThat(GraphQL.document("observability/too-deep").errors())
        .extracting(e -> (Object) ((Map<?, ?>) e.get("extensions")).get("limit"))
        .containsExactly("depth");

    assertThat(errorCount("GRAPHQL_VALIDATION_FAILED", "_none", "none")).isEqualTo(invalid + 1);
    assertThat(refusals("depth")).isEqualTo(deep + 1);
  }

  @Test
  @Order(3)
  void anOperationIsTracedFromTheCallersTraceparentDownToItsStatements() throws Exception {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String callerSpan = "b7ad6b7169203331";
    GraphQL.document("observability/observed-summits")
        .header("traceparent", "00-" + traceId + "-" + callerSpan + "-01")
        .data();

    // The server span ends after the response is written: wait for it too.
    Waiting.until(
        Duration.ofSeconds(20),
        () ->
            trace(traceId).stream().anyMatch(this::isOperation)
                && trace(traceId).stream().anyMatch(s -> s.getKind() == SpanKind.SERVER));
    List<SpanData> trace = trace(traceId);
    SpanData operation = trace.stream().filter(this::isOperation).findFirst().orElseThrow();
    assertThat(operation.getName()).isEqualTo("query ObservedSummits");
    assertThat(operation.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")))
        .isEqualTo("query");
    assertThat(operation.getAttributes().get(AttributeKey.longKey("summitgraph.cost")))
        .isPositive();
    SpanData server = serverAncestor(trace, operation);
    assertThat(server.getParentSpanId()).isEqualTo(callerSpan);

    Waiting.until(Duration.ofSeconds(10), () -> trace(traceId).size() >= 6);
    List<SpanData> all = trace(traceId);
    assertThat(all)
        .filteredOn(s -> s.getName().equals("compiled Query.summits"))
        .singleElement()
        .satisfies(b -> assertThat(b.getParentSpanId()).isEqualTo(operation.getSpanId()));
    assertThat(all)
        .filteredOn(s -> s.getKind() == SpanKind.CLIENT)
        .as("SQL statement spans")
        .isNotEmpty()
        .allSatisfy(
            s ->
                assertThat(s.getAttributes().get(AttributeKey.stringKey("db.system.name")))
                    .satisfiesAnyOf(
                        v -> assertThat(v).isEqualTo("postgresql"),
                        v ->
                            assertThat(s.getAttributes().get(AttributeKey.stringKey("db.system")))
                                .isEqualTo("postgresql")));
  }

  @Test
  @Order(4)
  void slowOperationsAreLoggedAsJsonWithTheTraceIdAndWithoutTheVariables() throws Exception {
    String traceId = UUID.randomUUID().toString().replace("-", "");
    String secret = "private-variable-" + UUID.randomUUID();
    GraphQL.document("observability/observed-summits")
        .variable("name", secret)
        .header("traceparent", "00-" + traceId + "-b7ad6b7169203331-01")
        .data();

    assertThat(
            Waiting.until(
                Duration.ofSeconds(10),
                () -> logLines().stream().anyMatch(l -> l.contains(traceId))))
        .isTrue();
    JsonObject line =
        logLines().stream()
            .filter(l -> l.contains(traceId) && l.contains("Slow operation"))
            .map(JsonObject::new)
            .findFirst()
            .orElseThrow();
    assertThat(line.getString("message")).contains("query ObservedSummits").contains("cost");
    assertThat(line.getJsonObject("mdc").getString("traceId")).isEqualTo(traceId);
    assertThat(Files.readString(LOG)).doesNotContain(secret);
  }

  @Test
  @Order(5)
  void aDatabaseFaultIsLoggedWithTheErrorIdTheClientGot() throws Exception {
    List<Map<String, Object>> errors;
    try (Connection locker = database.getConnection()) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        lock.execute("lock table event in access exclusive mode");
        errors = GraphQL.document("observability/summit-names").errors();
      } finally {
        locker.rollback();
      }
    }
    Map<?, ?> extensions = (Map<?, ?>) errors.get(0).get("extensions");
    assertThat(extensions.get("code")).isEqualTo("QUERY_TIMEOUT");
    String errorId = (String) extensions.get("errorId");
    assertThat(
            Waiting.until(
                Duration.ofSeconds(10),
                () ->
                    logLines().stream()
                        .map(JsonObject::new)
                        .anyMatch(
                            l ->
                                l.getJsonObject("mdc") != null
                                    && errorId.equals(
                                        l.getJsonObject("mdc").getString("errorId")))))
        .isTrue();
  }

  @Test
  @Order(6)
  void operationNamesCannotGrowTheSeriesWithoutBound() {
    for (int i = 0; i < 12; i++) {
      new GraphQLRaw("query Invented" + i + " { __typename }").send();
    }
    Set<String> names =
        Pattern.compile("graphql_operation_seconds_count\\{operation=\"([^\"]+)\"")
            .matcher(scrape())
            .results()
            .map(m -> m.group(1))
            .filter(n -> !n.startsWith("_"))
            .collect(Collectors.toSet());
    assertThat(names).hasSizeLessThanOrEqualTo(4).contains("ObservedSummits");
    assertThat(value(scrape(), "graphql_operation_seconds_count", "_other", "query", "ok"))
        .isGreaterThanOrEqualTo(8);
  }

  // ---- helpers -------------------------------------------------------------------------------

  /** A document given inline, for the few checks whose point is an ad-hoc name or a mistake. */
  private record GraphQLRaw(String query) {
    void send() {
      RestAssured.given()
          .contentType("application/json")
          .body(new JsonObject().put("query", query).encode())
          .post("/graphql")
          .then()
          .statusCode(200);
    }
  }

  /** The HTTP server span the span descends from (Quarkus may put its own spans in between). */
  private static SpanData serverAncestor(List<SpanData> trace, SpanData span) {
    SpanData current = span;
    while (current.getKind() != SpanKind.SERVER) {
      String parent = current.getParentSpanId();
      current =
          trace.stream()
              .filter(s -> s.getSpanId().equals(parent))
              .findFirst()
              .orElseThrow(
                  () -> new AssertionError("No SERVER ancestor of " + span + ": " + trace));
    }
    return current;
  }

  private boolean isOperation(SpanData span) {
    return span.getAttributes().get(AttributeKey.stringKey("graphql.operation.type")) != null;
  }

  private List<SpanData> trace(String traceId) {
    return spans.getFinishedSpanItems().stream()
        .filter(s -> s.getTraceId().equals(traceId))
        .toList();
  }

  private static List<String> logLines() {
    try {
      return Files.exists(LOG)
          ? Files.readAllLines(LOG).stream().filter(l -> l.startsWith("{")).toList()
          : List.of();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String scrape() {
    return RestAssured.get("/q/metrics").then().statusCode(200).extract().asString();
  }

  private static double metric(String name, String operation, String type) {
    return find(scrape(), name + "{operation=\"" + operation + "\",type=\"" + type + "\"}")
        .orElse(0.0);
  }

  private static double value(
      String scrape, String name, String operation, String type, String result) {
    return find(
            scrape,
            name
                + "{operation=\""
                + operation
                + "\",result=\""
                + result
                + "\",type=\""
                + type
                + "\"}")
        .orElse(0.0);
  }

  private static double errorCount(String code, String operation, String type) {
    return find(
            scrape(),
            "graphql_operation_errors_total{code=\""
                + code
                + "\",operation=\""
                + operation
                + "\",type=\""
                + type
                + "\"}")
        .orElse(0.0);
  }

  private static double refusals(String limit) {
    return find(scrape(), "graphql_refusals_total{limit=\"" + limit + "\"}").orElse(0.0);
  }

  private static Optional<Double> find(String scrape, String series) {
    Matcher matcher =
        // A value may be followed by an exemplar (" # {trace_id=…} …") when tracing is on.
        Pattern.compile("^" + Pattern.quote(series) + " (\\S+)", Pattern.MULTILINE).matcher(scrape);
    return matcher.find() ? Optional.of(Double.parseDouble(matcher.group(1))) : Optional.empty();
  }
}
