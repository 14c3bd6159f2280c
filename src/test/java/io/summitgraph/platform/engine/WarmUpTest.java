package io.summitgraph.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.Waiting;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Readiness waits for the warm-up: every representative operation ran against the service over HTTP
 * and answered as expected (data for the real ones, a client error for the mistakes).
 */
@QuarkusTest
@TestProfile(WarmUpTest.WarmedUp.class)
class WarmUpTest {

  /** Warm-up on (the test profile turns it off), three rounds. */
  public static class WarmedUp implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      // With its profile prefix: %test.… in application.properties would win over a plain name.
      // A budget no loaded test machine reaches: this test checks that everything was sent.
      return Map.of(
          "%test.summitgraph.warm-up.enabled",
          "true", "summitgraph.warm-up.rounds", "3", "summitgraph.warm-up.time-budget", "10m");
    }
  }

  @Test
  void readinessIsUpOnceEveryWarmUpOperationAnsweredAsExpected()
      throws InterruptedException, IOException {
    assertThat(
            Waiting.until(
                Duration.ofSeconds(120),
                () -> RestAssured.get("/q/health/ready").statusCode() == 200))
        .isTrue();
    JsonPath ready = RestAssured.get("/q/health/ready").jsonPath();
    Map<String, Object> warmUp = ready.getMap("checks.find { it.name == 'warm-up' }");
    assertThat(warmUp.get("status")).isEqualTo("UP");
    // Every document of warm-up/ x 3 rounds from each of 4 threads, the generated ones once (the 4
    // threads share them out), and nothing unexpected in their answers.
    long documents;
    try (Stream<Path> files = Files.list(Path.of("src/main/resources/warm-up"))) {
      documents = files.filter(file -> file.toString().endsWith(".graphql")).count();
    }
    String outcome = (String) ((Map<?, ?>) warmUp.get("data")).get("outcome");
    Matcher reported =
        Pattern.compile("(\\d+) requests in \\d+ ms \\((\\d+) generated to reach every field\\)")
            .matcher(outcome);
    assertThat(reported.matches()).as(outcome).isTrue();
    long generated = Long.parseLong(reported.group(2));
    assertThat(generated).isGreaterThan(10);
    assertThat(Long.parseLong(reported.group(1))).isEqualTo(documents * 3 * 4 + generated);
  }
}
