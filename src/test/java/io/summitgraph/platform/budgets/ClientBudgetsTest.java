package io.summitgraph.platform.budgets;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Tokens;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Each client (a verified token's subject, else its address) spends from its own cost budget; over
 * it, an operation is refused with 429, {@code Retry-After} and {@code RATE_LIMITED}, and fits
 * again after the time it was told. The budgets live in PostgreSQL, so what another instance
 * charged a client counts here too. Every test uses its own client, so they do not share a bucket.
 */
@QuarkusTest
@TestProfile(ClientBudgetsTest.SmallBudget.class)
class ClientBudgetsTest {

  /** 60 cost units at most, 3 back per second, shared every 100 ms. */
  public static class SmallBudget implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "%test.summitgraph.budget.enabled", "true",
          "summitgraph.budget.capacity", "60",
          "summitgraph.budget.refill-per-second", "3",
          "summitgraph.budget.sync-interval", "100ms");
    }
  }

  private static final int CAPACITY = 60;

  private static final int REFILL_PER_SECOND = 3;

  @Inject AgroalDataSource database;

  /**
   * A page of up to 40 people: reserves 40 units while it runs and is then charged what it fetched
   * (the test dataset's 5 people), so a few fit before the budget is spent.
   */
  private static GraphQL people() {
    return GraphQL.document("people/people").variable("first", 40);
  }

  @Test
  void aClientOverItsBudgetIsToldWhenToComeBackAndIsServedThen() throws Exception {
    String token = Tokens.curator("budget-spender");
    long started = System.nanoTime();
    long spent = 0;
    Response refused = null;
    for (int i = 0; i < 20 && refused == null; i++) {
      Response response = people().withToken(token).post();
      if (response.statusCode() == 429) {
        refused = response;
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
        JsonPath json = response.jsonPath();
        assertThat(json.getList("data.people.edges")).isNotEmpty();
        spent += json.getLong("extensions.cost.actual");
      }
    }
    double seconds = (System.nanoTime() - started) / 1e9;
    assertThat(refused).as("refused within 20 requests").isNotNull();
    // Not refused before the budget was spent: what was charged, plus what drained meanwhile,
    // plus the refused request's 40, passes the capacity.
    assertThat(spent + REFILL_PER_SECOND * seconds + 40).isGreaterThan(CAPACITY);

    JsonPath error = refused.jsonPath();
    assertThat(error.getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
    assertThat((Object) error.get("data")).isNull();
    long retryAfter = error.getLong("errors[0].extensions.retryAfter");
    assertThat(retryAfter).isBetween(1L, (long) Math.ceil(40.0 / REFILL_PER_SECOND));
    assertThat(refused.header("Retry-After")).isEqualTo(Long.toString(retryAfter));
    assertThat(refused.header("Cache-Control")).isEqualTo("no-store");

    Thread.sleep(retryAfter * 1000);
    Response again = people().withToken(token).post();
    assertThat(again.statusCode()).isEqualTo(200);
    assertThat(again.jsonPath().getList("data.people.edges")).isNotEmpty();
  }

  @Test
  void eachSubjectHasItsOwnBudgetAndAnInvalidTokenIsChargedToTheAddress() throws Exception {
    String exhausted = Tokens.curator("budget-exhausted");
    Response last;
    int sent = 0;
    do {
      last = people().withToken(exhausted).post();
      sent++;
    } while (last.statusCode() == 200 && sent < 20);
    assertThat(last.statusCode()).isEqualTo(429);

    Response other = people().withToken(Tokens.curator("budget-fresh")).post();
    assertThat(other.statusCode()).isEqualTo(200);
    assertThat(other.jsonPath().getList("data.people.edges")).isNotEmpty();

    // The same subject is refused whatever else the request carries.
    assertThat(people().withToken(exhausted).post().statusCode()).isEqualTo(429);

    // A token that does not verify opens no budget of its own: it is charged to the address.
    double addressBefore = addressLevels();
    Response unverified = people().withToken(Tokens.curatorSignedWithUnknownKey()).post();
    assertThat(unverified.statusCode()).isEqualTo(200);
    waitForSync();
    assertThat(addressLevels()).isGreaterThan(addressBefore);
    assertThat(level("subject:" + Tokens.CURATOR_NAME)).isZero();
  }

  @Test
  void whatAnotherInstanceChargedCountsHere() throws Exception {
    String subject = "budget-shared";
    String token = Tokens.curator(subject);
    Response first = people().withToken(token).post();
    assertThat(first.statusCode()).isEqualTo(200);
    waitForSync();
    // This instance's spending reached the shared table.
    assertThat(level("subject:" + subject)).isGreaterThan(0);

    // Another instance charges the whole budget to the same client.
    try (Connection connection = database.getConnection();
        PreparedStatement charge =
            connection.prepareStatement(
                "update client_budget set level = ?, updated_at = now() where client = ?")) {
      charge.setDouble(1, CAPACITY);
      charge.setString(2, "subject:" + subject);
      assertThat(charge.executeUpdate()).isEqualTo(1);
    }
    // Within a sync interval or two, this instance knows.
    Response refused = null;
    for (int i = 0; i < 20 && refused == null; i++) {
      Response response = people().withToken(token).post();
      if (response.statusCode() == 429) {
        refused = response;
      }
      Thread.sleep(50);
    }
    assertThat(refused).isNotNull();
    assertThat(refused.jsonPath().getString("errors[0].extensions.code")).isEqualTo("RATE_LIMITED");
  }

  private static void waitForSync() throws InterruptedException {
    Thread.sleep(400);
  }

  /** The levels of every address (the test client's may be IPv4 or IPv6 loopback). */
  private double addressLevels() throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement(
                "select coalesce(sum(level), 0) from client_budget where client like 'address:%'");
        ResultSet row = select.executeQuery()) {
      row.next();
      return row.getDouble(1);
    }
  }

  private double level(String client) throws Exception {
    try (Connection connection = database.getConnection();
        PreparedStatement select =
            connection.prepareStatement("select level from client_budget where client = ?")) {
      select.setString(1, client);
      try (ResultSet row = select.executeQuery()) {
        return row.next() ? row.getDouble(1) : 0;
      }
    }
  }
}
