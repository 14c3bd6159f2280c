package io.summitgraph.platform.http;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.GraphQLSocket;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * GraphQL over WebSocket (graphql-transport-ws): subscriptions beside queries, HTTP, and shutdown.
 */
@QuarkusTest
class WebSocketTest {

  @TestHTTPResource("/graphql")
  URI graphql;

  @Inject GraphQLSockets shutdown;

  @Test
  void aSubscriptionIsServedAndTheSocketAnswersQueriesBesideIt() throws Exception {
    GraphQLSocket client = GraphQLSocket.open(graphql);
    String subscription = GraphQL.text("clients/subscription");

    client.subscribe("1", subscription, Map.of());
    client.subscribe("2", "{ countries(first: 1) { totalCount } }", Map.of());
    JsonObject answer = client.next();
    JsonObject completed = client.next();

    // The subscription stays open: no error for it, the query answered and completed.
    assertThat(answer.getString("type")).isEqualTo("next");
    assertThat(answer.getString("id")).isEqualTo("2");
    assertThat(
            answer
                .getJsonObject("payload")
                .getJsonObject("data")
                .getJsonObject("countries")
                .getInteger("totalCount"))
        .isPositive();
    assertThat(completed.getString("type")).isEqualTo("complete");
    assertThat(completed.getString("id")).isEqualTo("2");
    assertThat(client.messages.poll(500, TimeUnit.MILLISECONDS)).isNull();
    client.socket.sendClose(WebSocket.NORMAL_CLOSURE, "").join();
  }

  @Test
  void aSubscriptionPostedOverHttpIsRefusedWithAStableCode() {
    String code =
        given()
            .contentType("application/json")
            .body(new JsonObject().put("query", GraphQL.text("clients/subscription")).encode())
            .post("/graphql")
            .jsonPath()
            .getString("errors[0].extensions.code");

    assertThat(code).isEqualTo("OPERATION_NOT_SUPPORTED");
  }

  /** What shutdown does first (it cannot be started here without ending the other tests). */
  @Test
  void openSocketsAreClosedWithGoingAway() throws Exception {
    GraphQLSocket client = GraphQLSocket.open(graphql);

    shutdown.closeSockets(null);

    assertThat(client.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1001);
  }
}
