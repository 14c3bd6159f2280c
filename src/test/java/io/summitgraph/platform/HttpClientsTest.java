package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.testing.GraphQL;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What real clients send (scripts/client-checks.sh runs the clients themselves): the media type as
 * a browser's GraphiQL repeats it, and GET with every parameter, decoded once.
 */
@QuarkusTest
class HttpClientsTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  private static final String SEVERAL = GraphQL.text("clients/several-operations");

  @ParameterizedTest
  @ValueSource(
      strings = {
        "application/json, application/json",
        "APPLICATION/JSON; charset=UTF-8",
        "application/json;charset=\"utf-8\"",
        "application/json ,application/json; charset=utf-8"
      })
  void aJsonPostRunsWhateverWayTheMediaTypeIsWritten(String contentType) {
    Answer answer = post(contentType, body("Leader", Map.of("name", "Pompéo")));

    assertThat(answer.status()).isEqualTo(200);
    assertThat(answer.json().getString("data.people.nodes[0].name")).isEqualTo("Mike Pompeo");
  }

  /** CSRF: a cross-site form or simple request can never run an operation. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "text/plain",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=x",
        "application/json, text/plain",
        "text/plain, application/json",
        "application/json; charset=iso-8859-1",
        "application/jsonx",
        ", ,"
      })
  void anythingButJsonIsRefusedWith415(String contentType) {
    Answer answer = post(contentType, body("Leader", Map.of("name", "Pompéo")));

    assertThat(answer.status()).isEqualTo(415);
    assertThat(answer.json().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
    assertThat(answer.json().getMap("$")).doesNotContainKey("data");
  }

  @Test
  void getDecodesParametersOnceAndHonoursOperationNameAndVariables() {
    JsonPath byGet =
        get(Map.of("query", SEVERAL, "operationName", "Leader", "variables", variables("Pompéo")))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    JsonPath byPost = post("application/json", body("Leader", Map.of("name", "Pompéo"))).json();

    assertThat(byGet.getString("data.people.nodes[0].name")).isEqualTo("Mike Pompeo");
    assertThat(byGet.getInt("data.encoded.totalCount")).as("%4B arrived as written").isZero();
    assertThat(byGet.getInt("data.search.totalCount")).as("& + and U+2011 arrived").isEqualTo(1);
    assertThat(byGet.getMap("data")).isEqualTo(byPost.getMap("data"));
  }

  @Test
  void getRunsTheOperationItNamesAmongSeveral() {
    JsonPath json =
        get(Map.of("query", SEVERAL, "operationName", "Countries"))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(json.getInt("data.countries.totalCount")).isPositive();
    assertThat(json.getMap("data")).containsOnlyKeys("countries");
  }

  @Test
  void aMutationNamedByGetIsRefusedWith405() {
    Response response = get(Map.of("query", SEVERAL, "operationName", "Rename"));

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.header("Allow")).isEqualTo("POST");
    assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
  }

  @Test
  void getHonoursExtensionsAndRefusesIllTypedOnes() {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("query", "{ countries(first: 1) { totalCount } }");
    parameters.put("extensions", "{\"clientLibrary\":{\"name\":\"urql\"}}");
    get(parameters).then().statusCode(200);

    parameters.put("extensions", "[1]");
    Response refused = get(parameters);
    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
  }

  /** A lone % in a string was decoded again by SmallRye's GET handler: a 500 text page. */
  @ParameterizedTest
  @ValueSource(strings = {"%", "100% + 50%", "%zz", "a+b", "&", "é‑ü"})
  void anyStringReachesTheEngineAsWritten(String name) {
    JsonPath json =
        get(Map.of("query", SEVERAL, "operationName", "Leader", "variables", variables(name)))
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();

    assertThat(json.getList("errors")).isNull();
    assertThat(json.getInt("data.people.totalCount")).isGreaterThanOrEqualTo(0);
  }

  private static String variables(String name) {
    return new JsonObject().put("name", name).encode();
  }

  private static String body(String operationName, Map<String, Object> variables) {
    return new JsonObject()
        .put("query", SEVERAL)
        .put("operationName", operationName)
        .put("variables", new JsonObject(variables))
        .encode();
  }

  /** A POST with exactly this Content-Type (rest-assured would add a charset or encode a form). */
  private Answer post(String contentType, String body) {
    try {
      HttpResponse<String> response =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(graphql)
                      .header("Content-Type", contentType)
                      .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                      .build(),
                  HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Answer(response.statusCode(), new JsonPath(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private record Answer(int status, JsonPath json) {}

  /** A GET with the parameters form-encoded exactly as browsers and clients do. */
  static Response get(Map<String, String> parameters) {
    return GraphQL.getWith(parameters, Map.of());
  }
}
