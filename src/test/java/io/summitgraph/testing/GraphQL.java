package io.summitgraph.testing;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.vertx.core.json.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sends a GraphQL document kept under {@code src/test/resources/graphql/} over real HTTP: {@code
 * GraphQL.document("people/person-by-name").variable("name", "Kim").execute()}.
 */
public final class GraphQL {

  private final String query;
  private final Map<String, Object> variables = new HashMap<>();
  private String bearerToken;
  private final Map<String, String> headers = new HashMap<>();

  private GraphQL(String query) {
    this.query = query;
  }

  /** A document by name: {@code events/summit} reads {@code graphql/events/summit.graphql}. */
  public static GraphQL document(String name) {
    return new GraphQL(text(name));
  }

  /** The text of a document by name (see {@link #document}). */
  public static String text(String name) {
    String path = "/graphql/" + name + ".graphql";
    try (InputStream in = GraphQL.class.getResourceAsStream(path)) {
      if (in == null) {
        throw new IllegalArgumentException("No GraphQL document " + path);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public GraphQL variable(String name, Object value) {
    variables.put(name, value);
    return this;
  }

  /** Sends the request as a curator (a valid token with the {@code curator} role). */
  public GraphQL asCurator() {
    return withToken(Tokens.curator());
  }

  /** Sends the request with this bearer token. */
  public GraphQL withToken(String token) {
    this.bearerToken = token;
    return this;
  }

  /** Sends the request with this HTTP header too. */
  public GraphQL header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  /** The JSON body {@link #post} sends. */
  public String body() {
    return new JsonObject()
        .put("query", query)
        .put("variables", new JsonObject(variables))
        .encode();
  }

  /**
   * Writes a POST of this JSON body to {@code /graphql} on a socket of the test's own, which can
   * then close before the answer, as a client that gives up does.
   */
  public static void postOver(Socket socket, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    OutputStream out = socket.getOutputStream();
    out.write(
        ("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: "
                + bytes.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII));
    out.write(bytes);
    out.flush();
  }

  /**
   * A GET of {@code /graphql} with these parameters form-encoded as browsers and clients do (each
   * once: the test's HTTP library must not encode them again) and these headers.
   */
  public static Response getWith(Map<String, String> parameters, Map<String, String> headers) {
    StringBuilder query = new StringBuilder();
    parameters.forEach(
        (name, value) ->
            query
                .append(query.isEmpty() ? "?" : "&")
                .append(name)
                .append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
    return given().urlEncodingEnabled(false).headers(headers).get("/graphql" + query);
  }

  /** Posts the document and returns the raw HTTP response. */
  public Response post() {
    var request = given().contentType(ContentType.JSON).headers(headers).body(body());
    if (bearerToken != null) {
      request.header("Authorization", "Bearer " + bearerToken);
    }
    return request.when().post("/graphql");
  }

  /** Posts the document, expects HTTP 200 and no errors, and returns the {@code data} object. */
  public JsonPath data() {
    Response response = post();
    response.then().statusCode(200);
    JsonPath json = response.jsonPath();
    List<?> errors = json.getList("errors");
    if (errors != null && !errors.isEmpty()) {
      throw new AssertionError("GraphQL errors: " + response.asString());
    }
    return json.setRootPath("data");
  }

  /** Posts the document and returns the errors it must produce. */
  public List<Map<String, Object>> errors() {
    Response response = post();
    List<Map<String, Object>> errors = response.jsonPath().getList("errors");
    if (errors == null || errors.isEmpty()) {
      throw new AssertionError("Expected GraphQL errors, got: " + response.asString());
    }
    return errors;
  }
}
