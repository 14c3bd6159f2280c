package io.summitgraph.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Error handling: stable codes, no data for invalid requests, nothing internal in a response. */
@QuarkusTest
class ErrorsTest {

  /** A fully qualified Java class name, such as {@code java.lang.NullPointerException}. */
  private static final Pattern CLASS_NAME =
      Pattern.compile("\\b(?:[a-z][a-z0-9_]*\\.){2,}[A-Z][A-Za-z0-9_$]*");

  private static final List<String> INTERNALS =
      List.of("Exception", "at io.", "at java.", "org.hibernate", "SQL", "postgres", "select ");

  @Test
  void anUnknownEnumValueIsAValidationErrorWithoutData() {
    Response response = GraphQL.document("platform/unknown-enum-value").post();

    assertThat(response.statusCode()).isEqualTo(200);
    JsonPath json = response.jsonPath();
    assertThat(json.getMap("$")).doesNotContainKey("data");
    assertThat(json.getList("errors")).hasSize(1);
    assertThat(json.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
    assertThat(json.getString("errors[0].message")).contains("AUTHOR", "SourceOrderField");
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc", "true", "list"})
  void aVariableOfTheWrongTypeIsOneValidationErrorWithoutData(String first) {
    Object value =
        switch (first) {
          case "true" -> true;
          case "list" -> List.of(1, 2);
          default -> first;
        };
    Response response = GraphQL.document("platform/sources-page").variable("first", value).post();

    JsonPath json = response.jsonPath();
    assertThat(json.getMap("$")).doesNotContainKey("data");
    assertThat(json.getList("errors")).hasSize(1);
    assertThat(json.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
  }

  /**
   * A fractional or out-of-range number is no Int: refused before execution (SmallRye's own Int let
   * it fail in the resolver, or wrapped an out-of-range literal around; see platform/StrictInt).
   */
  @Test
  void aNumberThatIsNoIntIsAValidationError() {
    for (Object first : List.of(1.5, 4_294_967_297L)) {
      JsonPath json =
          GraphQL.document("platform/sources-page").variable("first", first).post().jsonPath();
      assertThat(json.getMap("$")).as("first: %s", first).doesNotContainKey("data");
      assertThat(json.getString("errors[0].extensions.code"))
          .isEqualTo("GRAPHQL_VALIDATION_FAILED");
    }
    JsonPath literal = GraphQL.document("platform/int-literal-out-of-range").post().jsonPath();
    assertThat(literal.getMap("$")).doesNotContainKey("data");
    assertThat(literal.getString("errors[0].extensions.code"))
        .isEqualTo("GRAPHQL_VALIDATION_FAILED");
  }

  @Test
  void aMissingRequiredVariableIsAValidationError() {
    Response response = GraphQL.document("platform/search-page").post();

    JsonPath json = response.jsonPath();
    assertThat(json.getMap("$")).doesNotContainKey("data");
    assertThat(json.getList("errors")).hasSize(1);
    assertThat(json.getString("errors[0].extensions.code")).isEqualTo("GRAPHQL_VALIDATION_FAILED");
  }

  @ParameterizedTest
  @ValueSource(ints = {101, -1, 1000})
  void aPageSizeOutOfRangeIsAUserError(int first) {
    List<Map<String, Object>> root =
        GraphQL.document("platform/sources-page").variable("first", first).errors();
    assertThat(root).hasSize(1);
    assertThat(root.get(0).get("message"))
        .isEqualTo("Argument first must be between 0 and 100, was " + first);
    assertThat(code(root.get(0))).isEqualTo("BAD_USER_INPUT");

    // A nested connection: one error per parent, each a user error.
    List<Map<String, Object>> nested =
        GraphQL.document("platform/source-citations-page").variable("first", first).errors();
    assertThat(nested)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(code(e)).isEqualTo("BAD_USER_INPUT"));

    List<Map<String, Object>> search =
        GraphQL.document("platform/search-page")
            .variable("query", "Kim")
            .variable("first", first)
            .errors();
    assertThat(code(search.get(0))).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void theLargestPageIsAHundred() {
    JsonPath data = GraphQL.document("platform/sources-page").variable("first", 100).data();
    assertThat(data.getList("sources.nodes")).hasSize(3);
    JsonPath none = GraphQL.document("platform/sources-page").variable("first", 0).data();
    assertThat(none.getList("sources.nodes")).isEmpty();
    assertThat(none.getInt("sources.totalCount")).isEqualTo(3);
  }

  @Test
  void aCursorFromAnotherOrderingIsAUserError() {
    String byTitle =
        GraphQL.document("platform/sources-page")
            .variable("first", 1)
            .data()
            .getString("sources.pageInfo.endCursor");
    String byRank =
        GraphQL.document("platform/search-page")
            .variable("query", "Kim")
            .variable("first", 1)
            .data()
            .getString("search.pageInfo.endCursor");

    List<Map<String, Object>> byDate =
        GraphQL.document("platform/sources-page")
            .variable("orderBy", Map.of("field", "PUBLISHED_ON"))
            .variable("after", byTitle)
            .errors();
    assertThat(byDate.get(0).get("message"))
        .isEqualTo("The cursor belongs to another ordering than publishedOn");
    assertThat(code(byDate.get(0))).isEqualTo("BAD_USER_INPUT");

    List<Map<String, Object>> searchInSources =
        GraphQL.document("platform/sources-page").variable("after", byRank).errors();
    assertThat(code(searchInSources.get(0))).isEqualTo("BAD_USER_INPUT");

    List<Map<String, Object>> sourcesInSearch =
        GraphQL.document("platform/search-page")
            .variable("query", "Kim")
            .variable("after", byTitle)
            .errors();
    assertThat(code(sourcesInSearch.get(0))).isEqualTo("BAD_USER_INPUT");

    // A nested connection (ordered by position) refuses the root list's cursor too.
    List<Map<String, Object>> nested =
        GraphQL.document("platform/source-citations-page").variable("after", byTitle).errors();
    assertThat(nested)
        .isNotEmpty()
        .allSatisfy(e -> assertThat(code(e)).isEqualTo("BAD_USER_INPUT"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "", "%%%", "dGl0bGU"})
  void aMalformedCursorIsAUserError(String cursor) {
    List<Map<String, Object>> errors =
        GraphQL.document("platform/sources-page").variable("after", cursor).errors();

    assertThat(errors.get(0).get("message")).isEqualTo("Malformed cursor");
    assertThat(code(errors.get(0))).isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void aliasesOfANestedFieldWithDifferentArgumentsGetTheirOwnPages() {
    JsonPath data =
        GraphQL.document("platform/aliases-with-different-arguments").variable("more", 3).data();

    List<Map<String, Object>> sources = data.getList("sources.nodes");
    assertThat(sources).hasSize(3);
    for (int i = 0; i < sources.size(); i++) {
      String source = "sources.nodes[" + i + "].";
      List<String> everything = data.getList(source + "everything.nodes.excerpt");
      assertThat(everything).hasSizeGreaterThan(3);
      assertThat(data.getList(source + "firstTwo.nodes.excerpt", String.class))
          .isEqualTo(everything.subList(0, 2));
      assertThat(data.getList(source + "firstMore.nodes.excerpt", String.class))
          .isEqualTo(everything.subList(0, 3));
      assertThat(data.getList(source + "lastOne.nodes.excerpt", String.class))
          .containsExactly(everything.get(everything.size() - 1));
    }
    assertThat(data.getList("sources.nodes.firstMore.totalCount")).containsExactly(57, 66, 83);

    List<String> said = data.getList("people.nodes[0].all.nodes.text");
    assertThat(data.getString("people.nodes[0].name")).isEqualTo("Donald Trump");
    assertThat(said).hasSizeGreaterThan(1).hasSize(data.getInt("people.nodes[0].all.totalCount"));
    assertThat(data.getList("people.nodes[0].latest.nodes.text", String.class))
        .containsExactly(said.get(0));
  }

  @Test
  void aDeeperOccurrenceWithOtherArgumentsIsNotAnsweredFromTheFirst() {
    JsonPath data = GraphQL.document("platform/same-field-deeper-other-arguments").data();

    List<Map<String, Object>> sources = data.getList("sources.nodes");
    assertThat(sources).hasSize(3);
    for (int i = 0; i < sources.size(); i++) {
      String source = "sources.nodes[" + i + "].";
      List<String> everything = data.getList(source + "everything.nodes.excerpt");
      assertThat(data.getList(source + "citations.nodes")).hasSize(2);
      for (int c = 0; c < 2; c++) {
        String deeper = source + "citations.nodes[" + c + "].source.";
        assertThat(data.getString(deeper + "slug")).isEqualTo(data.getString(source + "slug"));
        assertThat(data.getList(deeper + "citations.nodes.excerpt", String.class))
            .isEqualTo(everything.subList(0, 3));
      }
    }
  }

  @Test
  void eachSetOfArgumentsCostsOneStatementPerLevelWhateverThePageSize() {
    long small = statementsForAliases(3);
    long large = statementsForAliases(50);

    // The root fields, then one batch per alias and level (and one count per totalCount): the page
    // size changes nothing.
    assertThat(large).isEqualTo(small).isLessThanOrEqualTo(14);
  }

  private static long statementsForAliases(int more) {
    long before = SqlStatementCounter.count();
    GraphQL.document("platform/aliases-with-different-arguments").variable("more", more).data();
    return SqlStatementCounter.count() - before;
  }

  @Test
  void oneNestedFieldTwiceWithTheSameArgumentsWorks() {
    JsonPath data = GraphQL.document("platform/same-field-same-arguments").data();

    List<Map<String, Object>> sources = data.getList("sources.nodes");
    assertThat(sources).hasSize(3);
    for (Map<String, Object> source : sources) {
      Map<?, ?> excerpts = (Map<?, ?>) source.get("excerpts");
      Map<?, ?> counted = (Map<?, ?>) source.get("counted");
      assertThat((List<?>) excerpts.get("nodes")).hasSize(2).isEqualTo(counted.get("nodes"));
    }
    assertThat(data.getList("sources.nodes.counted.totalCount")).containsExactly(57, 66, 83);
  }

  @Test
  void aTotalSelectedInAnotherBranchIsCounted() {
    JsonPath data = GraphQL.document("platform/total-in-another-branch").data();

    assertThat(data.getList("again.nodes.citations.totalCount")).containsExactly(57, 66, 83);
    assertThat(data.getList("sources.nodes.citations.nodes", List.class))
        .allSatisfy(page -> assertThat(page).hasSize(2));
  }

  /**
   * Requests that fail in every way we know, from bad HTTP bodies to bad arguments; each must
   * answer without a trace of how the service is built. The {@code classification} extension is
   * left out here: see {@link #noErrorBodyNamesAnExceptionType()}.
   */
  @Test
  void noErrorRevealsInternals() {
    for (Response response : badRequests()) {
      String body = response.asString();
      assertThat(body).doesNotContain("at io.", "at java.", "org.hibernate", "\tat ");
      List<Map<String, Object>> errors = response.jsonPath().getList("errors");
      assertThat(errors).as(body).isNotEmpty();
      for (Map<String, Object> error : errors) {
        List<String> texts = new ArrayList<>();
        texts.add((String) error.get("message"));
        @SuppressWarnings("unchecked")
        Map<String, Object> extensions = (Map<String, Object>) error.get("extensions");
        if (extensions != null) {
          assertThat(extensions.keySet())
              .doesNotContain("exception", "stackTrace", "stacktrace", "cause");
          extensions.forEach(
              (key, value) -> {
                if (!key.equals("classification")) {
                  texts.add(String.valueOf(value));
                }
              });
        }
        for (String text : texts) {
          assertThat(text).as(body).doesNotContain(INTERNALS);
          assertThat(CLASS_NAME.matcher(text).find()).as(text).isFalse();
        }
      }
    }
  }

  /**
   * The strict form of the rule: the raw bodies name no exception type either (no {@code
   * "classification":"DataFetchingException"}: malformed bodies are answered by
   * platform/http/HttpProtocol with a code, and platform/engine/CodedErrors classifies errors by
   * their code).
   */
  @Test
  void noErrorBodyNamesAnExceptionType() {
    for (Response response : badRequests()) {
      assertThat(response.asString()).doesNotContain(INTERNALS);
    }
  }

  /**
   * Variables that are not a JSON object are a request error (SmallRye alone threw: HTTP 500 with a
   * stack trace in dev and test modes).
   */
  @Test
  void variablesThatAreNotAnObjectAreARequestError() {
    Response response =
        given()
            .contentType(ContentType.JSON)
            .body("{\"query\": \"{ sources { totalCount } }\", \"variables\": \"x\"}")
            .when()
            .post("/graphql")
            .andReturn();

    assertThat(response.statusCode()).isIn(200, 400);
    assertThat(response.asString()).doesNotContain(INTERNALS);
    assertThat(response.jsonPath().getList("errors")).hasSize(1);
  }

  private static List<Response> badRequests() {
    List<Response> responses = new ArrayList<>();
    for (String body :
        List.of(
            "not json",
            "{}",
            "{\"query\": 5}",
            "{\"query\": \"{ sources { totalCount } \"}",
            "{\"query\": \"{ nosuchfield }\"}",
            "{\"query\": \"{ sources { totalCount } }\", \"operationName\": \"Nope\"}")) {
      responses.add(
          given().contentType(ContentType.JSON).body(body).when().post("/graphql").andReturn());
    }
    responses.add(GraphQL.document("platform/unknown-enum-value").post());
    responses.add(GraphQL.document("platform/sources-page").variable("first", "abc").post());
    responses.add(GraphQL.document("platform/sources-page").variable("first", 101).post());
    responses.add(GraphQL.document("platform/sources-page").variable("first", 1.5).post());
    responses.add(GraphQL.document("platform/sources-page").variable("after", "garbage").post());
    responses.add(
        GraphQL.document("platform/sources-page")
            .variable(
                "after", "cHVibGlzaGVkT258MTAwMHxub3QtYS1kYXRl") // publishedOn|1000|not-a-date
            .variable("orderBy", Map.of("field", "PUBLISHED_ON"))
            .post());
    responses.add(GraphQL.document("platform/search-page").variable("query", " ").post());
    responses.add(GraphQL.document("platform/search-page").variable("query", "kim\u0000").post());
    responses.add(GraphQL.document("common/graphql/node").variable("id", "garbage").post());
    responses.add(
        GraphQL.document("common/graphql/node")
            .variable("id", "UGVyc29uOjk5OTk5OTk5OTk5OTk5OTk5OTk")
            .post());
    return responses;
  }

  private static Object code(Map<String, Object> error) {
    return ((Map<?, ?>) error.get("extensions")).get("code");
  }
}
