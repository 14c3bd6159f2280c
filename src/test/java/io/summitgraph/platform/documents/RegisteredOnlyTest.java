package io.summitgraph.platform.documents;

import static io.summitgraph.platform.documents.PersistedRequests.apq;
import static io.summitgraph.platform.documents.PersistedRequests.post;
import static io.summitgraph.platform.documents.PersistedRequests.registerTrusted;
import static io.summitgraph.platform.documents.PersistedRequests.sha256;
import static io.summitgraph.platform.documents.PersistedRequests.uniqueDocument;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import io.summitgraph.testing.Tokens;
import io.vertx.core.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Registered operations only (for anonymous callers), and the bounded store of APQ documents. */
@QuarkusTest
@TestProfile(RegisteredOnlyTest.Strict.class)
class RegisteredOnlyTest {

  public static class Strict implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.documents.registered-only", "true",
          "summitgraph.documents.apq-max-entries", "3");
    }
  }

  @Test
  void anAnonymousCallerRunsTrustedDocumentsOnly() throws Exception {
    String trusted = uniqueDocument();
    registerTrusted(Tokens.curator(), trusted);
    String other = uniqueDocument();

    Response byId = post(new JsonObject().put("documentId", "sha256:" + sha256(trusted)), null);
    Response byText = post(new JsonObject().put("query", trusted), null);
    Response untrusted = post(new JsonObject().put("query", other), null);
    Response registering =
        post(new JsonObject().put("query", other).put("extensions", apq(sha256(other))), null);

    assertThat(byId.jsonPath().getInt("data.countries.totalCount")).isPositive();
    assertThat(byText.jsonPath().getInt("data.countries.totalCount")).isPositive();
    for (Response refused : List.of(untrusted, registering)) {
      assertThat(refused.statusCode()).isEqualTo(400);
      assertThat(refused.jsonPath().getString("errors[0].extensions.code"))
          .isEqualTo("OPERATION_NOT_REGISTERED");
      assertThat(refused.jsonPath().getMap("$")).doesNotContainKey("data");
    }
  }

  @Test
  void aCallerWithAValidTokenIsNotRestricted() {
    Response withToken = post(new JsonObject().put("query", uniqueDocument()), Tokens.reader());
    Response badToken = post(new JsonObject().put("query", uniqueDocument()), "not.a.token");

    assertThat(withToken.jsonPath().getInt("data.countries.totalCount")).isPositive();
    assertThat(badToken.jsonPath().getString("errors[0].extensions.code"))
        .isEqualTo("OPERATION_NOT_REGISTERED");
  }

  @Test
  void theStoreKeepsTheNewestAutomaticDocumentsOnly() throws Exception {
    List<String> hashes = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      String document = uniqueDocument();
      hashes.add(sha256(document));
      post(
              new JsonObject().put("query", document).put("extensions", apq(hashes.get(i))),
              Tokens.curator())
          .then()
          .statusCode(200);
    }
    List<String> codes = new ArrayList<>();
    for (String hash : hashes) {
      Response response = post(new JsonObject().put("extensions", apq(hash)), Tokens.curator());
      codes.add(response.jsonPath().getString("errors[0].extensions.code"));
    }

    assertThat(codes.subList(0, 2)).containsOnly("PERSISTED_QUERY_NOT_FOUND");
    assertThat(codes.subList(2, 5)).containsOnlyNulls();
  }
}
