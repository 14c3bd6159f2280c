package io.summitgraph.platform.compiler;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.live.ChangesCommitted;
import io.summitgraph.testing.GraphQL;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * The compiled read path answers exactly what the resolvers answer: each document runs on both (the
 * same service, the compiled path switched off for the second run) and the two JSON answers must be
 * equal, errors and extensions included. The documents of {@code graphql/compiler/} must also be
 * served compiled: one SQL statement per root field, whatever their depth.
 */
@QuarkusTest
class CompiledReadsTest {

  @Inject CompiledReads reads;
  @Inject Event<ChangesCommitted> changes;

  @AfterEach
  void compiledAgain() {
    reads.enable(true);
  }

  @TestFactory
  Stream<DynamicTest> theCompilersDocumentsRunCompiledAndAnswerAsTheResolversDo()
      throws IOException, URISyntaxException {
    return documents("compiler")
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String body = body(name);
                      Long ranked = statementsWithANewRanking(name);
                      Answer first = null;
                      if (ranked != null) {
                        // A search not ranked yet: its ranking (and snippets) are cut on the
                        // worker, each by a statement of its own, before the page statement.
                        changes.fire(new ChangesCommitted(false)); // drops the kept rankings
                        first = answer(body, true);
                        assertThat(first.statements())
                            .as("statements of " + name + " with a new ranking")
                            .isEqualTo(ranked);
                      }
                      // A kept ranking (or no search): one statement per root field.
                      Answer compiled = answer(body, true);
                      Answer resolved = answer(body, false);
                      assertThat(compiled.json()).isEqualTo(resolved.json());
                      if (first != null) {
                        assertThat(first.json()).isEqualTo(resolved.json());
                      }
                      assertThat(compiled.json()).doesNotContain("\"errors\"");
                      assertThat(compiled.statements())
                          .as("statements of " + name)
                          .isEqualTo(rootFields(body));
                    }));
  }

  /**
   * Bad input in a root field's own arguments is that field's error, raised by the compiled path
   * itself (no fallback to the resolvers), with the data of the fields beside it.
   */
  @TestFactory
  Stream<DynamicTest> badInputAtTheRootIsAnsweredCompiledAsTheResolversDo()
      throws IOException, URISyntaxException {
    return documents("compiler-rejected")
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String body = body(name);
                      double fallbacks = fallbacks();
                      Answer compiled = answer(body, true);
                      assertThat(fallbacks()).as("fallbacks").isEqualTo(fallbacks);
                      Answer resolved = answer(body, false);
                      assertThat(compiled.json()).isEqualTo(resolved.json());
                      assertThat(JsonPath.from(compiled.json()).getList("errors.extensions.code"))
                          .isNotEmpty()
                          .containsOnly("BAD_USER_INPUT");
                    }));
  }

  /**
   * Every query document the other tests send, with the variables they need where they need none:
   * whichever path serves it, the answer is the resolvers'.
   */
  @TestFactory
  Stream<DynamicTest> everyOtherQueryDocumentAnswersAsTheResolversDo()
      throws IOException, URISyntaxException {
    return documents("")
        .filter(name -> !name.startsWith("compiler/") && !name.startsWith("compiler-rejected/"))
        .filter(CompiledReadsTest::isQueryWithoutRequiredVariables)
        .map(
            name ->
                DynamicTest.dynamicTest(
                    name,
                    () -> {
                      String body = body(name);
                      assertThat(answer(body, true).json()).isEqualTo(answer(body, false).json());
                    }));
  }

  @Test
  void statementsPerRequestAreTheRootFieldsAtPageSizesFiveAndFifty() throws Exception {
    for (int size : List.of(5, 50)) {
      String query =
          "{ events(first: %1$d) { nodes { name participants(first: %1$d) { edges { node { name"
              + " quotes(first: %1$d) { nodes { text occasion { name location { name } } } } } } }"
              + " } } people(first: %1$d) { nodes { name country { name } } } }";
      String body = new JsonObject().put("query", query.formatted(size)).encode();
      Answer compiled = answer(body, true);
      assertThat(compiled.statements()).as("page size " + size).isEqualTo(2);
      assertThat(compiled.json()).isEqualTo(answer(body, false).json());
    }
  }

  @Test
  void walkingEveryPageForwardAndBackwardMeetsTheResolversCursors() throws Exception {
    for (boolean backward : List.of(false, true)) {
      String cursor = null;
      int pages = 0;
      do {
        String query =
            backward
                ? "query($c: String) { events(last: 4, before: $c) { nodes { name } pageInfo {"
                    + " hasPreviousPage startCursor } } }"
                : "query($c: String) { events(first: 4, after: $c) { nodes { name } pageInfo {"
                    + " hasNextPage endCursor } } }";
        Map<String, Object> variables = new java.util.HashMap<>();
        variables.put("c", cursor);
        String body =
            new JsonObject()
                .put("query", query)
                .put("variables", new JsonObject(variables))
                .encode();
        Answer compiled = answer(body, true);
        assertThat(compiled.json()).isEqualTo(answer(body, false).json());
        assertThat(compiled.statements()).isEqualTo(1);
        JsonPath page = JsonPath.from(compiled.json());
        boolean more =
            page.getBoolean(
                backward
                    ? "data.events.pageInfo.hasPreviousPage"
                    : "data.events.pageInfo.hasNextPage");
        cursor =
            more
                ? page.getString(
                    backward
                        ? "data.events.pageInfo.startCursor"
                        : "data.events.pageInfo.endCursor")
                : null;
        pages++;
      } while (cursor != null && pages < 50);
      assertThat(pages).as("pages walked").isGreaterThan(2).isLessThan(50);
    }
  }

  @Test
  void walkingEverySearchPageMeetsTheResolversCursors() throws Exception {
    String cursor = null;
    int pages = 0;
    do {
      String query =
          "query($c: String) { search(query: \"Trump\", first: 5, after: $c) { edges { cursor"
              + " rank snippet node { id } } pageInfo { hasNextPage hasPreviousPage endCursor } } }";
      Map<String, Object> variables = new java.util.HashMap<>();
      variables.put("c", cursor);
      String body =
          new JsonObject().put("query", query).put("variables", new JsonObject(variables)).encode();
      Answer resolved = answer(body, false); // ranks the search, or finds it kept
      Answer compiled = answer(body, true);
      assertThat(compiled.json()).isEqualTo(resolved.json());
      // The ranking and the page's snippets are kept: only the page statement.
      assertThat(compiled.statements()).as("statements of page " + pages).isEqualTo(1);
      JsonPath page = JsonPath.from(compiled.json());
      cursor =
          page.getBoolean("data.search.pageInfo.hasNextPage")
              ? page.getString("data.search.pageInfo.endCursor")
              : null;
      pages++;
    } while (cursor != null && pages < 50);
    assertThat(pages).as("pages walked").isGreaterThan(2).isLessThan(50);
  }

  @Test
  void badSearchInputIsTheSearchFieldsErrorWithoutFallingBack() throws Exception {
    for (String arguments :
        List.of(
            "query: \" \"",
            "query: \"" + "a".repeat(501) + "\"",
            "query: \"summit\", after: \"not a cursor\"",
            "query: \"summit\", first: 101")) {
      String body =
          new JsonObject()
              .put("query", "{ search(" + arguments + ") { edges { rank node { id } } } }")
              .encode();
      double fallbacks = fallbacks();
      Answer answer = answer(body, true);
      assertThat(fallbacks()).as(arguments).isEqualTo(fallbacks);
      assertThat(answer.statements()).as(arguments).isZero();
      assertThat(JsonPath.from(answer.json()).getString("errors[0].extensions.code"))
          .as(arguments)
          .isEqualTo("BAD_USER_INPUT");
      assertThat(answer.json()).isEqualTo(answer(body, false).json());
    }
  }

  @Test
  void badInputBelowTheRootRunsOnTheResolversAndIsCounted() throws Exception {
    String body =
        new JsonObject()
            .put(
                "query",
                "{ events(first: 2) { nodes { name participants(first: 500) { edges { role } } } }"
                    + " search(query: \"summit\") { totalCount } }")
            .encode();
    Answer answer = answer(body, true);
    assertThat(JsonPath.from(answer.json()).getString("errors[0].extensions.code"))
        .isEqualTo("BAD_USER_INPUT");
    assertThat(answer.json()).isEqualTo(answer(body, false).json());
    assertThat(given().get("/q/metrics").asString())
        .containsPattern("graphql_compiled_fallbacks_total\\{reason=\"input\"} [1-9]");
  }

  /** The operations that fell back to the resolvers so far, whatever the reason. */
  private static double fallbacks() {
    return given()
        .get("/q/metrics")
        .asString()
        .lines()
        .filter(line -> line.startsWith("graphql_compiled_fallbacks_total{"))
        .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
        .sum();
  }

  private record Answer(String json, long statements) {}

  private Answer answer(String body, boolean compiled) throws Exception {
    reads.enable(compiled);
    long[] statements = new long[1];
    String[] json = new String[1];
    List<String> texts =
        SqlStatementCounter.textsDuring(
            () ->
                json[0] =
                    given()
                        .contentType("application/json")
                        .body(body)
                        .post("/graphql")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString());
    statements[0] = texts.size();
    return new Answer(json[0], statements[0]);
  }

  /**
   * The statements a document's {@code # statements with a new ranking:} line expects when its
   * searches are not ranked yet, or null.
   */
  private static Long statementsWithANewRanking(String name) {
    String prefix = "# statements with a new ranking:";
    return GraphQL.text(name)
        .lines()
        .filter(line -> line.startsWith(prefix))
        .map(line -> Long.valueOf(line.substring(prefix.length()).trim()))
        .findFirst()
        .orElse(null);
  }

  private static long rootFields(String body) {
    String query = new JsonObject(body).getString("query");
    return Parser.parse(query)
        .getDefinitionsOfType(OperationDefinition.class)
        .get(0)
        .getSelectionSet()
        .getSelections()
        .size();
  }

  /**
   * The request body of a document: its text, and the variables its {@code # variables:} line
   * gives.
   */
  private static String body(String name) {
    String text = GraphQL.text(name);
    JsonObject variables = new JsonObject();
    for (String line : text.lines().toList()) {
      if (line.startsWith("# variables:")) {
        variables = new JsonObject(line.substring("# variables:".length()).trim());
      }
    }
    return new JsonObject().put("query", text).put("variables", variables).encode();
  }

  private static boolean isQueryWithoutRequiredVariables(String name) {
    try {
      List<OperationDefinition> operations =
          Parser.parse(GraphQL.text(name)).getDefinitionsOfType(OperationDefinition.class);
      return operations.size() == 1
          && operations.get(0).getOperation() == OperationDefinition.Operation.QUERY
          && operations.get(0).getVariableDefinitions().stream()
              .allMatch(
                  variable ->
                      variable.getDefaultValue() != null
                          || !(variable.getType() instanceof graphql.language.NonNullType));
    } catch (RuntimeException unparseable) {
      return false;
    }
  }

  /** The names of the documents under {@code graphql/<folder>}, e.g. {@code compiler/nested}. */
  private static Stream<String> documents(String folder) throws IOException, URISyntaxException {
    Path root = Path.of(CompiledReadsTest.class.getResource("/graphql").toURI());
    List<String> names = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root.resolve(folder))) {
      files
          .filter(file -> file.toString().endsWith(".graphql"))
          .sorted()
          .forEach(
              file -> {
                String relative = root.relativize(file).toString();
                names.add(relative.substring(0, relative.length() - ".graphql".length()));
              });
    }
    return names.stream();
  }
}
