package io.summitgraph.platform.documents;

import static io.restassured.RestAssured.given;

import io.restassured.response.Response;
import io.summitgraph.testing.GraphQL;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.UUID;

/** Requests as clients with persisted queries and documents send them (tests of this package). */
final class PersistedRequests {

  private PersistedRequests() {}

  /** The test document, made unique with a comment (the store outlives a test). */
  static String uniqueDocument() {
    return "# " + UUID.randomUUID() + "\n" + GraphQL.text("documents/countries-total");
  }

  /** SHA-256 in hex, computed here rather than by the code under test. */
  static String sha256(String text) throws Exception {
    return HexFormat.of()
        .formatHex(
            MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  static JsonObject apq(String hash) {
    return new JsonObject()
        .put("persistedQuery", new JsonObject().put("version", 1).put("sha256Hash", hash));
  }

  static Response post(JsonObject body, String token) {
    var request = given().contentType("application/json").body(body.encode());
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.post("/graphql");
  }

  static Response get(Map<String, String> parameters) {
    return GraphQL.getWith(parameters, Map.of());
  }

  /** Registers the documents as trusted (Apollo's manifest format) as a curator. */
  static JsonObject registerTrusted(String token, String... documents) throws Exception {
    JsonArray operations = new JsonArray();
    for (String document : documents) {
      operations.add(
          new JsonObject()
              .put("id", sha256(document))
              .put("name", "CountriesTotal")
              .put("type", "query")
              .put("body", document));
    }
    String manifest =
        new JsonObject()
            .put("format", "apollo-persisted-query-manifest")
            .put("version", 1)
            .put("operations", operations)
            .encode();
    return register(token, manifest);
  }

  static JsonObject register(String token, String manifest) {
    Response response =
        GraphQL.document("documents/trusted-documents-register")
            .variable("input", Map.of("manifest", manifest, "release", "test-1.0"))
            .withToken(token)
            .post();
    return new JsonObject(response.asString());
  }
}
