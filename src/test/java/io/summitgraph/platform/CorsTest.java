package io.summitgraph.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * CORS with an allowed origin configured (it is closed by default: {@link ClosedCorsTest}):
 * preflights are answered and cacheable, and answers name the origin.
 */
@QuarkusTest
@TestProfile(CorsTest.OneOrigin.class)
class CorsTest {

  static final String ALLOWED = "https://app.example";

  public static class OneOrigin implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("quarkus.http.cors.origins", ALLOWED);
    }
  }

  @Test
  void aPreflightFromAnAllowedOriginIsAnsweredAndCacheable() {
    Response response = preflight(ALLOWED);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
    assertThat(response.header("Access-Control-Allow-Headers")).contains("content-type");
    assertThat(response.header("Access-Control-Max-Age")).isEqualTo("86400");
  }

  @Test
  void anAnswerToAnAllowedOriginNamesItAndExposesTheETag() {
    Response response =
        given()
            .header("Origin", ALLOWED)
            .queryParam("query", "{ countries(first: 1) { totalCount } }")
            .get("/graphql");

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
    assertThat(response.header("Access-Control-Expose-Headers")).containsIgnoringCase("etag");
  }

  @Test
  void anotherOriginIsRefused() {
    assertThat(preflight("https://evil.example").statusCode()).isEqualTo(403);
  }

  static Response preflight(String origin) {
    return given()
        .header("Origin", origin)
        .header("Access-Control-Request-Method", "POST")
        .header("Access-Control-Request-Headers", "content-type")
        .options("/graphql");
  }
}
