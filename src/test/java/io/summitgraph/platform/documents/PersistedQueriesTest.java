package io.summitgraph.platform.documents;

import static io.summitgraph.platform.documents.PersistedRequests.apq;
import static io.summitgraph.platform.documents.PersistedRequests.get;
import static io.summitgraph.platform.documents.PersistedRequests.post;
import static io.summitgraph.platform.documents.PersistedRequests.register;
import static io.summitgraph.platform.documents.PersistedRequests.registerTrusted;
import static io.summitgraph.platform.documents.PersistedRequests.sha256;
import static io.summitgraph.platform.documents.PersistedRequests.uniqueDocument;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.testing.Tokens;
import io.vertx.core.json.JsonObject;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Automatic persisted queries (Apollo's protocol) and persisted documents by documentId. */
@QuarkusTest
class PersistedQueriesTest {

  @Test
  void anUnknownHashAloneIsNotFoundSoTheClientSendsTheQuery() throws Exception {
    String hash = sha256(uniqueDocument());

    Response response = post(new JsonObject().put("extensions", apq(hash)), null);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
    assertThat(response.jsonPath().getString("errors[0].message"))
        .isEqualTo("PersistedQueryNotFound");
    assertThat(response.jsonPath().getMap("$")).doesNotContainKey("data");
  }

  @Test
  void withGraphQLResponseJsonAnUnknownHashIsA400() throws Exception {
    Response response =
        RestAssured.given()
            .contentType("application/json")
            .accept("application/graphql-response+json")
            .body(new JsonObject().put("extensions", apq(sha256(uniqueDocument()))).encode())
            .post("/graphql");

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
  }

  @Test
  void aQueryWithAnotherQuerysHashIsRefusedAndNotStored() throws Exception {
    String document = uniqueDocument();
    String otherHash = sha256(uniqueDocument());

    Response mismatch =
        post(new JsonObject().put("query", document).put("extensions", apq(otherHash)), null);
    Response later = post(new JsonObject().put("extensions", apq(otherHash)), null);

    assertThat(mismatch.statusCode()).isEqualTo(400);
    assertThat(mismatch.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("PERSISTED_QUERY_HASH_MISMATCH");
    assertThat(mismatch.jsonPath().getMap("$")).doesNotContainKey("data");
    assertThat(later.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("PERSISTED_QUERY_NOT_FOUND");
  }

  @Test
  void aVerifiedQueryIsStoredThenItsHashAloneRunsByPostAndGet() throws Exception {
    String document = uniqueDocument();
    String hash = sha256(document);

    JsonPath first =
        post(new JsonObject().put("query", document).put("extensions", apq(hash)), null).jsonPath();
    JsonPath byPost = post(new JsonObject().put("extensions", apq(hash)), null).jsonPath();
    Response byGet = get(Map.of("extensions", apq(hash).encode()));

    assertThat(first.getInt("data.countries.totalCount")).isPositive();
    assertThat(byPost.getMap("data")).isEqualTo(first.getMap("data"));
    assertThat(byGet.statusCode()).isEqualTo(200);
    assertThat(byGet.jsonPath().getMap("data")).isEqualTo(first.getMap("data"));
  }

  @Test
  void badPersistedQueryExtensionsAreCodedErrors() throws Exception {
    Response version2 =
        post(
            new JsonObject()
                .put(
                    "extensions",
                    new JsonObject()
                        .put(
                            "persistedQuery",
                            new JsonObject()
                                .put("version", 2)
                                .put("sha256Hash", sha256(uniqueDocument())))),
            null);
    Response notHex = post(new JsonObject().put("extensions", apq("xyz")), null);

    assertThat(version2.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("PERSISTED_QUERY_NOT_SUPPORTED");
    assertThat(notHex.statusCode()).isEqualTo(400);
    assertThat(notHex.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
  }

  @Test
  void aTrustedDocumentRunsByDocumentIdByPostAndGet() throws Exception {
    String document = uniqueDocument();
    String id = "sha256:" + sha256(document);
    Response before = post(new JsonObject().put("documentId", id), null);

    JsonObject registered = registerTrusted(Tokens.curator(), document);
    Response byPost = post(new JsonObject().put("documentId", id), null);
    Response byGet = get(Map.of("documentId", id));

    assertThat(before.statusCode()).isEqualTo(404);
    assertThat(before.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("PERSISTED_DOCUMENT_NOT_FOUND");
    JsonObject payload = registered.getJsonObject("data").getJsonObject("trustedDocumentsRegister");
    assertThat(payload.getInteger("documents")).isEqualTo(1);
    assertThat(payload.getInteger("registered")).isEqualTo(1);
    assertThat(payload.getJsonArray("userErrors")).isEmpty();
    assertThat(byPost.jsonPath().getInt("data.countries.totalCount")).isPositive();
    assertThat(byGet.jsonPath().getMap("data")).isEqualTo(byPost.jsonPath().getMap("data"));
  }

  @Test
  void registeringAgainChangesNothingAndRelaysFormatWorksToo() throws Exception {
    String document = uniqueDocument();
    String relayManifest = new JsonObject().put(sha256(document), document).encode();

    JsonObject first = register(Tokens.curator(), relayManifest);
    JsonObject again = register(Tokens.curator(), relayManifest);

    assertThat(registered(first)).isEqualTo(1);
    assertThat(registered(again)).isZero();
  }

  @Test
  void aManifestWithAWrongHashRegistersNothing() throws Exception {
    String good = uniqueDocument();
    String bad = uniqueDocument();
    String manifest =
        new JsonObject().put(sha256(good), good).put(sha256(good + " "), bad).encode();

    JsonObject payload =
        register(Tokens.curator(), manifest)
            .getJsonObject("data")
            .getJsonObject("trustedDocumentsRegister");
    Response goodById = post(new JsonObject().put("documentId", sha256(good)), null);

    assertThat(payload.getJsonArray("userErrors").getJsonObject(0).getString("code"))
        .isEqualTo("INVALID");
    assertThat(goodById.statusCode()).isEqualTo(404);
  }

  @Test
  void onlyCuratorsRegister() throws Exception {
    JsonObject anonymous = registerTrusted(null, uniqueDocument());

    assertThat(
            anonymous
                .getJsonArray("errors")
                .getJsonObject(0)
                .getJsonObject("extensions")
                .getString("code"))
        .isEqualTo("UNAUTHENTICATED");
  }

  @Test
  void aDocumentIdWithAQueryIsABadRequest() throws Exception {
    String document = uniqueDocument();
    Response response =
        post(
            new JsonObject().put("documentId", "sha256:" + sha256(document)).put("query", document),
            null);

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.jsonPath().getString("errors[0].extensions.code")).isEqualTo("BAD_REQUEST");
  }

  private static int registered(JsonObject response) {
    return response
        .getJsonObject("data")
        .getJsonObject("trustedDocumentsRegister")
        .getInteger("registered");
  }
}
