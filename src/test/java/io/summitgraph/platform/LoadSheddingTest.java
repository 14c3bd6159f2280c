package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/**
 * Beyond its capacity the service refuses at once, with 503 and Retry-After, instead of queueing
 * without bound: two operations execute, two wait their turn, the rest are refused; the two that
 * wait too long are refused too, and the executing ones still answer with their data.
 */
@QuarkusTest
@TestProfile(LoadSheddingTest.SmallCapacity.class)
class LoadSheddingTest {

  /** Two at once, two waiting for at most half a second. */
  public static class SmallCapacity implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.load.max-concurrent", "2",
          "summitgraph.load.max-queued", "2",
          "summitgraph.load.queue-timeout", "500ms",
          "summitgraph.db.statement-timeout", "20s");
    }
  }

  @TestHTTPResource("/graphql")
  URI endpoint;

  @Inject AgroalDataSource database;

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void requestsBeyondCapacityAreRefusedWithRetryAfterAndTheAdmittedOnesAnswer() throws Exception {
    List<CompletableFuture<HttpResponse<String>>> responses = new ArrayList<>();
    try (Connection locker = database.getConnection()) {
      locker.setAutoCommit(false);
      try (Statement lock = locker.createStatement()) {
        // The admitted operations wait for this lock, holding their turns.
        lock.execute("lock table event in access exclusive mode");
        for (int i = 0; i < 6; i++) {
          responses.add(send());
          Thread.sleep(100); // in order: the first two are admitted, the next two wait
        }
        // The waiting ones time out (500 ms) while the first two are still blocked.
        Thread.sleep(1500);
      } finally {
        locker.rollback();
      }
    }
    List<HttpResponse<String>> answers = new ArrayList<>();
    for (CompletableFuture<HttpResponse<String>> response : responses) {
      answers.add(response.get());
    }
    assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 503);
    List<HttpResponse<String>> admitted =
        answers.stream().filter(a -> a.statusCode() == 200).toList();
    List<HttpResponse<String>> refused =
        answers.stream().filter(a -> a.statusCode() == 503).toList();
    assertThat(admitted).hasSize(2);
    assertThat(refused).hasSize(4);
    for (HttpResponse<String> answer : admitted) {
      assertThat(new JsonObject(answer.body()).getJsonObject("data").getJsonObject("summits"))
          .isNotNull();
    }
    for (HttpResponse<String> answer : refused) {
      assertThat(answer.headers().firstValue("Retry-After")).contains("1");
      assertThat(
              new JsonObject(answer.body())
                  .getJsonArray("errors")
                  .getJsonObject(0)
                  .getJsonObject("extensions")
                  .getString("code"))
          .isEqualTo("SERVICE_OVERLOADED");
    }
    // Capacity is given back: a request now is admitted at once.
    assertThat(send().get().statusCode()).isEqualTo(200);
  }

  private CompletableFuture<HttpResponse<String>> send() {
    return http.sendAsync(
        HttpRequest.newBuilder(endpoint)
            .timeout(Duration.ofSeconds(60))
            .header("Content-Type", "application/json")
            .POST(
                HttpRequest.BodyPublishers.ofString(
                    new JsonObject()
                        .put("query", "{ summits(first: 1) { nodes { name } } }")
                        .encode()))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
