package io.summitgraph.live;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * Limits and timings of subscriptions (README, "Subscriptions"). Depth, cost and aliases are the
 * query limits ({@code summitgraph.limits.*}); these are what a long-lived operation adds.
 */
@ConfigMapping(prefix = "summitgraph.live")
public interface LiveSettings {

  /** Subscriptions one WebSocket may hold at once ({@code subscriptionsPerConnection}). */
  @WithDefault("20")
  int maxPerConnection();

  /** Subscriptions this instance holds at once, all sockets together ({@code subscriptions}). */
  @WithDefault("5000")
  int maxPerInstance();

  /**
   * How long a new socket may take to send {@code connection_init}; then it is closed with 4408, as
   * graphql-transport-ws specifies.
   */
  @WithDefault("10s")
  Duration initTimeout();

  /**
   * Bytes waiting to be written to one socket beyond which its client is a slow consumer: the
   * socket is closed with {@link ChangeFeed#SLOW_CONSUMER} rather than buffered without bound.
   */
  @WithDefault("1048576")
  long maxPendingBytes();

  /**
   * Events one subscription may have waiting for the engine to turn them into messages; beyond, the
   * socket is closed as a slow consumer too.
   */
  @WithDefault("1024")
  int maxQueuedEvents();

  /** Wait before the listener tries its database connection again after losing it. */
  @WithDefault("1s")
  Duration reconnectDelay();

  /** How often an idle listener checks that its database connection still works. */
  @WithDefault("5s")
  Duration listenerCheckInterval();
}
