package io.summitgraph.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.vertx.core.json.JsonObject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A graphql-transport-ws client over the JDK's WebSocket: every message the server sends, except
 * its pings (which are answered), in order; the close code once the server closes.
 */
public final class GraphQLSocket implements WebSocket.Listener, AutoCloseable {

  public final BlockingQueue<JsonObject> messages = new LinkedBlockingQueue<>();
  public final CompletableFuture<Integer> closeCode = new CompletableFuture<>();
  private final StringBuilder partial = new StringBuilder();
  private volatile boolean reading = true;
  public WebSocket socket;

  /** Opens a socket to the GraphQL endpoint, without initialising it. */
  public static GraphQLSocket connect(URI http) throws Exception {
    return connect(http, "graphql-transport-ws");
  }

  /** Opens a socket with this subprotocol ({@code graphql-ws} is the legacy one), uninitialised. */
  public static GraphQLSocket connect(URI http, String subprotocol) throws Exception {
    GraphQLSocket client = new GraphQLSocket();
    URI ws = URI.create(http.toString().replaceFirst("^http", "ws"));
    client.socket =
        HttpClient.newHttpClient()
            .newWebSocketBuilder()
            .subprotocols(subprotocol)
            .buildAsync(ws, client)
            .get(10, TimeUnit.SECONDS);
    return client;
  }

  /** Opens and initialises a socket (connection acknowledged). */
  public static GraphQLSocket open(URI http) throws Exception {
    GraphQLSocket client = connect(http);
    client.send(new JsonObject().put("type", "connection_init").encode());
    assertThat(client.next().getString("type")).isEqualTo("connection_ack");
    return client;
  }

  public void send(String text) {
    socket.sendText(text, true).join();
  }

  public void subscribe(String id, String query, Map<String, Object> variables) {
    send(
        new JsonObject()
            .put("id", id)
            .put("type", "subscribe")
            .put(
                "payload",
                new JsonObject().put("query", query).put("variables", new JsonObject(variables)))
            .encode());
  }

  public void complete(String id) {
    send(new JsonObject().put("id", id).put("type", "complete").encode());
  }

  /** The next message, within 15 s. */
  public JsonObject next() throws InterruptedException {
    JsonObject message = messages.poll(15, TimeUnit.SECONDS);
    assertThat(message).as("a message within 15 s").isNotNull();
    return message;
  }

  /** The payload's data of the next message, which must be a `next` for this operation. */
  public JsonObject nextData(String id) throws InterruptedException {
    JsonObject message = next();
    assertThat(message.getString("type")).as(message.encode()).isEqualTo("next");
    assertThat(message.getString("id")).isEqualTo(id);
    return message.getJsonObject("payload").getJsonObject("data");
  }

  /** Stops reading: what the server sends stays in the network's buffers, then in its own. */
  public void stopReading() {
    reading = false;
  }

  /** Reads again, what was left in the buffers first. */
  public void resumeReading() {
    reading = true;
    socket.request(1);
  }

  @Override
  public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
    partial.append(data);
    if (last) {
      JsonObject message = new JsonObject(partial.toString());
      partial.setLength(0);
      if (message.getString("type").equals("ka")) {
        // the legacy protocol's keep-alive
      } else if (message.getString("type").equals("ping")) {
        webSocket.sendText(new JsonObject().put("type", "pong").encode(), true);
      } else {
        messages.add(message);
      }
    }
    if (reading) {
      webSocket.request(1);
    }
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

  @Override
  public void close() {
    if (!socket.isOutputClosed()) {
      socket.sendClose(WebSocket.NORMAL_CLOSURE, "").exceptionally(e -> null);
    }
    socket.abort();
  }
}
