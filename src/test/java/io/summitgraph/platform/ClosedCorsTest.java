package io.summitgraph.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** CORS is closed by default: no other origin may call the service from a browser. */
@QuarkusTest
class ClosedCorsTest {

  @Test
  void aPreflightFromAnyOtherOriginIsRefused() {
    Response response = CorsTest.preflight("https://app.example");

    assertThat(response.statusCode()).isEqualTo(403);
    assertThat(response.header("Access-Control-Allow-Origin")).isNull();
  }

  @Test
  void aCrossOriginAnswerDoesNotAllowTheOrigin() {
    Response response =
        given()
            .header("Origin", "https://app.example")
            .queryParam("query", "{ countries(first: 1) { totalCount } }")
            .get("/graphql");

    assertThat(response.header("Access-Control-Allow-Origin")).isNull();
  }
}
