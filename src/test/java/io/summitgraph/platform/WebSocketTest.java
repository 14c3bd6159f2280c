package io.summitgraph.platform;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import io.vertx.core.json.JsonObject;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
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
    Client client = Client.open(graphql);
    String subscription = GraphQL.text("clients/subscription");

    client.send(subscribe("1", subscription));
    client.send(subscribe("2", "{ countries(first: 1) { totalCount } }"));
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
    Client client = Client.open(graphql);

    shutdown.closeSockets(null);

    assertThat(client.closeCode.get(10, TimeUnit.SECONDS)).isEqualTo(1001);
  }

  private static String subscribe(String id, String query) {
    return new JsonObject()
        .put("id", id)
        .put("type", "subscribe")
        .put("payload", new JsonObject().put("query", query))
        .encode();
  }

  /** A graphql-transport-ws client, initialised (connection acknowledged). */
  private static final class Client implements WebSocket.Listener {

    final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
    final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
    private final StringBuilder partial = new StringBuilder();
    WebSocket socket;

    static Client open(URI http) throws Exception {
      Client client = new Client();
      URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
      client.socket =
          HttpClient.newHttpClient()
              .newWebSocketBuilder()
              .subprotocols("graphql-transport-ws")
              .buildAsync(ws, client)
              .get(10, TimeUnit.SECONDS);
      client.send(new JsonObject().put("type", "connection_init").encode());
      assertThat(client.next().getString("type")).isEqualTo("connection_ack");
      return client;
    }

    void send(String text) {
      socket.sendText(text, true).join();
    }

    JsonObject next() throws InterruptedException {
      JsonObject message = messages.poll(10, TimeUnit.SECONDS);
      assertThat(message).as("a message within 10 s").isNotNull();
      return message;
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        JsonObject message = new JsonObject(partial.toString());
        partial.setLength(0);
        if (!message.getString("type").equals("ping")) {
          messages.add(message);
        }
      }
      webSocket.request(1);
      return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
      closeCode.complete(statusCode);
      return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
      closeCode.completeExceptionally(error);
    }
  }
}
