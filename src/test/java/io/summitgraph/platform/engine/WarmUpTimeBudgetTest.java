package io.summitgraph.platform.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.RestAssured;
import io.summitgraph.testing.Waiting;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The warm-up holds readiness back for its time budget at most: on a database where representative
 * requests are slow, the service becomes ready when the budget is spent, and says the warm-up was
 * cut short.
 */
@QuarkusTest
@TestProfile(WarmUpTimeBudgetTest.TinyBudget.class)
class WarmUpTimeBudgetTest {

  /**
   * Warm-up on, with far more rounds than a 1-second budget allows (all of them required: no stop
   * when latencies settle).
   */
  public static class TinyBudget implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "%test.summitgraph.warm-up.enabled",
          "true",
          "summitgraph.warm-up.rounds",
          "100000",
          "summitgraph.warm-up.min-rounds",
          "100000",
          "summitgraph.warm-up.time-budget",
          "1s");
    }
  }

  @Test
  void readinessComesWhenTheBudgetIsSpent() throws InterruptedException {
    assertThat(
            Waiting.until(
                Duration.ofSeconds(60),
                () -> RestAssured.get("/q/health/ready").statusCode() == 200))
        .isTrue();

    Map<String, Object> warmUp =
        RestAssured.get("/q/health/ready")
            .jsonPath()
            .getMap("checks.find { it.name == 'warm-up' }");
    assertThat(warmUp.get("status")).isEqualTo("UP");
    String outcome = (String) ((Map<?, ?>) warmUp.get("data")).get("outcome");
    assertThat(outcome).contains("stopped at the time budget, PT1S").doesNotContain("[");
  }
}
