package io.summitgraph.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.OutageDatabaseProfile;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The database goes down and comes back while the service runs: requests fail fast with {@code
 * SERVICE_UNAVAILABLE}, readiness goes down, and the service recovers by itself.
 */
@QuarkusTest
@TestProfile(OutageDatabaseProfile.class)
class DatabaseOutageTest {

  /** A request while the database is down must fail within this (the pool waits at most 5 s). */
  private static final Duration FAIL_FAST = Duration.ofSeconds(6);

  /** The service must serve again within this after the database is back. */
  private static final Duration RECOVERY = Duration.ofSeconds(20);

  @Test
  void requestsFailFastWhileTheDatabaseIsDownAndTheServiceRecovers() throws Exception {
    assertThat(countSources()).isEqualTo(3);
    assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);

    OutageDatabaseProfile.stopServer();
    try {
      for (int i = 0; i < 5; i++) {
        long started = System.nanoTime();
        Response response = GraphQL.document("platform/dataset-counts").post();
        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("Request %d while the database is down: %d ms%n", i, took.toMillis());
        assertThat(took).isLessThan(FAIL_FAST);
        assertThat(response.statusCode()).isEqualTo(200);
        List<Map<String, Object>> errors = response.jsonPath().getList("errors");
        assertThat(errors).as(response.asString()).isNotEmpty();
        assertThat(errors)
            .allSatisfy(
                e -> {
                  assertThat(((Map<?, ?>) e.get("extensions")).get("code"))
                      .isEqualTo("SERVICE_UNAVAILABLE");
                  assertThat(((Map<?, ?>) e.get("extensions")).get("errorId")).isNotNull();
                });
        assertThat(response.asString()).doesNotContain("Exception", "postgres", "SQL", "at io.");
      }
      long started = System.nanoTime();
      Response ready = given().get("/q/health/ready");
      assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(FAIL_FAST);
      assertThat(ready.statusCode()).isEqualTo(503);
      assertThat(ready.jsonPath().getString("status")).isEqualTo("DOWN");
      assertThat(given().get("/q/health/live").statusCode()).isEqualTo(200);
    } finally {
      OutageDatabaseProfile.startServer();
    }

    long back = System.nanoTime();
    Duration recovered = null;
    while (Duration.ofNanos(System.nanoTime() - back).compareTo(RECOVERY) < 0) {
      JsonPath json = GraphQL.document("platform/dataset-counts").post().jsonPath();
      if (json.getList("errors") == null && json.getInt("data.sources.totalCount") == 3) {
        recovered = Duration.ofNanos(System.nanoTime() - back);
        break;
      }
      Thread.sleep(100);
    }
    assertThat(recovered).as("serving again within %s", RECOVERY).isNotNull();
    System.out.printf(
        "Database outage: serving again %d ms after the database was back%n", recovered.toMillis());
    assertThat(given().get("/q/health/ready").statusCode()).isEqualTo(200);
    // Every pooled connection works again, not just one.
    for (int i = 0; i < 40; i++) {
      assertThat(countSources()).isEqualTo(3);
    }
  }

  private static int countSources() {
    return GraphQL.document("platform/dataset-counts").data().getInt("sources.totalCount");
  }
}
