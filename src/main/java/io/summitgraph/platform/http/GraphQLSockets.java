package io.summitgraph.platform.http;

import io.netty.buffer.ByteBuf;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelOutboundBuffer;
import io.netty.handler.codec.http.websocketx.CloseWebSocketFrame;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.quarkus.vertx.http.runtime.filters.QuarkusRequestWrapper;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.net.impl.ConnectionBase;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The GraphQL WebSockets ({@code graphql-transport-ws}, {@code graphql-ws} on the GraphQL path):
 * each gets an id, which reaches every operation run over it (the header {@link #SOCKET_HEADER} of
 * the upgrade request, which SmallRye hands to the engine's context as {@code httpHeaders}), so
 * subscriptions can be counted and their socket closed per connection; a socket that does not send
 * {@code connection_init} within {@code summitgraph.live.init-timeout} is closed with 4408; and
 * every socket is closed with 1001 (going away) when shutdown starts.
 *
 * <p>Shutdown: Quarkus's graceful shutdown counts an upgraded request as in flight until its socket
 * closes: one idle open socket made every shutdown wait its whole timeout (10 s), after which the
 * connection was dropped without a close frame. Quarkus never learns that an upgraded request is
 * over (its request wrapper listens to the HTTP response, which an upgraded connection never ends
 * or closes), so the request is marked done here when its socket's connection closes; without that,
 * every WebSocket ever opened kept a later shutdown waiting.
 */
@ApplicationScoped
public class GraphQLSockets {

  private static final Logger LOG = Logger.getLogger(GraphQLSockets.class);

  /** The request header that carries a socket's id to the operations run over it. */
  public static final String SOCKET_HEADER = "x-summitgraph-socket";

  /** RFC 6455: the endpoint is going away (a server going down). */
  public static final int GOING_AWAY = 1001;

  /** graphql-transport-ws: no {@code connection_init} in time. */
  static final int INIT_TIMEOUT = 4408;

  /** Before HttpProtocol's route, which passes upgrade requests on. */
  private static final int ORDER = -101;

  @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "/graphql")
  String path;

  @ConfigProperty(name = "summitgraph.live.init-timeout", defaultValue = "10s")
  Duration initTimeout;

  @Inject Vertx vertx;

  private final Map<String, HttpConnection> sockets = new ConcurrentHashMap<>();
  private final List<Consumer<String>> closeListeners = new CopyOnWriteArrayList<>();

  void routes(@Observes Router router) {
    router.route(path).order(ORDER).handler(this::remember);
  }

  /** Runs {@code listener} with a socket's id when that socket closes. */
  public void onClose(Consumer<String> listener) {
    closeListeners.add(listener);
  }

  private void remember(RoutingContext ctx) {
    if (!"websocket".equalsIgnoreCase(ctx.request().getHeader(HttpHeaders.UPGRADE))) {
      // Only this class names sockets: a client cannot pass an HTTP request off as one.
      ctx.request().headers().remove(SOCKET_HEADER);
      ctx.next();
      return;
    }
    String id = UUID.randomUUID().toString();
    ctx.request().headers().set(SOCKET_HEADER, id);
    HttpConnection connection = ctx.request().connection();
    QuarkusRequestWrapper request = QuarkusRequestWrapper.get(ctx.request());
    sockets.put(id, connection);
    connection.closeHandler(
        ignored -> {
          sockets.remove(id);
          markDone(request);
          closeListeners.forEach(listener -> listener.accept(id));
        });
    watchInit(id, connection);
    ctx.next();
  }

  /**
   * Closes the socket with 4408 unless its first text message, {@code connection_init}, arrives in
   * time. The frames are read where Netty decodes them, before Vert.x and SmallRye see them.
   */
  private void watchInit(String id, HttpConnection connection) {
    if (!(connection instanceof ConnectionBase base)
        || base.channel().pipeline().get("handler") == null) {
      return;
    }
    InitWatch watch = new InitWatch();
    base.channel().pipeline().addBefore("handler", "summitgraph-init-watch", watch);
    vertx.setTimer(
        Math.max(1, initTimeout.toMillis()),
        timer -> {
          if (!watch.initialised && sockets.containsKey(id)) {
            close(id, INIT_TIMEOUT, "Connection initialisation timeout");
          }
        });
  }

  /** Notes the first {@code connection_init} of a socket, then steps aside. */
  private static final class InitWatch extends ChannelInboundHandlerAdapter {
    volatile boolean initialised;

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object message) throws Exception {
      if (message instanceof TextWebSocketFrame frame) {
        ByteBuf content = frame.content();
        String text =
            content.toString(
                content.readerIndex(),
                Math.min(content.readableBytes(), 4096),
                StandardCharsets.UTF_8);
        if (text.contains("\"connection_init\"")) {
          initialised = true;
          ctx.pipeline().remove(this);
        }
      }
      super.channelRead(ctx, message);
    }
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

  /**
   * Bytes written to this socket and not yet sent to its client (0 for an unknown socket): what a
   * slow consumer makes the service hold.
   */
  public long pendingBytes(String id) {
    HttpConnection connection = sockets.get(id);
    if (connection instanceof ConnectionBase base) {
      ChannelOutboundBuffer buffer = base.channel().unsafe().outboundBuffer();
      return buffer == null ? 0 : buffer.totalPendingWriteBytes();
    }
    return 0;
  }

  /** Closes one socket with this close code and reason; nothing when it is closed already. */
  public void close(String id, int code, String reason) {
    HttpConnection connection = sockets.get(id);
    if (connection != null) {
      close(connection, code, reason);
    }
  }

  private void close(HttpConnection connection, int code, String reason) {
    if (connection instanceof ConnectionBase base && base.channel().isActive()) {
      // A slow consumer's close frame waits behind what it did not read: it gets a moment, no more.
      vertx.setTimer(5000, timer -> connection.close());
      // Written on the socket's own channel: Vert.x keeps the upgraded socket's object to itself,
      // and the channel's WebSocket encoder turns the frame into bytes.
      Channel channel = base.channel();
      channel
          .writeAndFlush(new CloseWebSocketFrame(code, reason))
          .addListener(written -> connection.close());
    } else {
      connection.close();
    }
  }

  void closeSockets(@Observes ShutdownDelayInitiatedEvent event) {
    if (!sockets.isEmpty()) {
      LOG.infof("Closing %d GraphQL WebSockets (1001, going away)", sockets.size());
    }
    for (HttpConnection connection : sockets.values()) {
      close(connection, GOING_AWAY, "The service is shutting down; reconnect");
    }
  }

  /** How many GraphQL WebSockets are open. */
  public int openSockets() {
    return sockets.size();
  }
}
