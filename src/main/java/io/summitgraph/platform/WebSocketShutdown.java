package io.summitgraph.platform;

import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.lang.reflect.Method;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Closes the GraphQL WebSockets ({@code graphql-transport-ws}, {@code graphql-ws} on the GraphQL
 * path) when shutdown starts, with the close code 1001 (going away), so that clients reconnect
 * elsewhere at once. Quarkus's graceful shutdown counts an upgraded request as in flight until its
 * socket closes: one idle open socket made every shutdown wait its whole timeout (10 s), after
 * which the connection was dropped without a close frame. Quarkus never learns that an upgraded
 * request is over (its request wrapper listens to the HTTP response, which an upgraded connection
 * never ends or closes), so the request is marked done here when its socket's connection closes;
 * without that, every WebSocket ever opened kept a later shutdown waiting.
 */
@ApplicationScoped
class WebSocketShutdown {

  private static final Logger LOG = Logger.getLogger(WebSocketShutdown.class);

  /** RFC 6455: the endpoint is going away (a server going down). */
  static final int GOING_AWAY = 1001;

  /** Before HttpProtocol's route, which passes upgrade requests on. */
  private static final int ORDER = -101;

  @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
  String path;

  private final Set<HttpConnection> sockets = ConcurrentHashMap.newKeySet();

  void routes(@Observes Router router) {
    router.route(path).order(ORDER).handler(this::remember);
  }

  private void remember(RoutingContext ctx) {
    if ("websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
      HttpConnection connection = ctx.request().connection();
      QuarkusRequestWrapper request = QuarkusRequestWrapper.get(ctx.request());
      sockets.add(connection);
      connection.closeHandler(
          ignored -> {
            sockets.remove(connection);
            markDone(request);
          });
    }
    ctx.next();
  }

  /** Quarkus's request wrapper's own end-of-request signal, which it keeps package-private. */
  private static void markDone(QuarkusRequestWrapper request) {
    if (DONE == null || request == null) {
      return;
    }
    try {
      DONE.invoke(request);
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.debug("Could not mark a closed WebSocket's request as done", e);
    }
  }

  private static final Method DONE = doneMethod();

  private static Method doneMethod() {
    try {
      Method done = QuarkusRequestWrapper.class.getDeclaredMethod("done");
      done.setAccessible(true);
      return done;
    } catch (ReflectiveOperationException | RuntimeException e) {
      LOG.warn("Quarkus's request wrapper has no done(): open WebSockets may delay shutdown", e);
      return null;
    }
  }

  void closeSockets(@Observes ShutdownDelayInitiatedEvent event) {
    if (!sockets.isEmpty()) {
      LOG.infof("Closing %d GraphQL WebSockets (1001, going away)", sockets.size());
    }
    for (HttpConnection connection : sockets) {
      if (connection instanceof ConnectionBase base && base.channel().isActive()) {
        // Written on the socket's own channel: Vert.x keeps the upgraded socket's object to itself,
        // and the channel's WebSocket encoder turns the frame into bytes.
        base.channel()
            .writeAndFlush(
                new CloseWebSocketFrame(GOING_AWAY, "The service is shutting down; reconnect"))
            .addListener(written -> connection.close());
      } else {
        connection.close();
      }
    }
  }

  /** How many GraphQL WebSockets are open (tests). */
  int openSockets() {
    return sockets.size();
  }
}
