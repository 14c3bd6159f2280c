package io.summitgraph.platform.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Load shedding: at most {@link Settings#maxConcurrent()} GraphQL operations execute at once; the
 * next {@link Settings#maxQueued()} wait, in arrival order, at most {@link Settings#queueTimeout()}
 * for a turn; every other request, and every one whose wait ran out, is refused at once with 503
 * and {@code Retry-After} (never an unbounded queue). A waiting request whose client left gives up
 * its place. State is per instance by design: it protects this process's CPU, memory and
 * connections.
 */
public final class AdmissionGate {

  /** Settings under {@code summitgraph.load}. */
  @ConfigMapping(prefix = "summitgraph.load")
  public interface Settings {
    /** Operations executing at once (about twice the connection pool: some wait on the CPU). */
    @WithDefault("32")
    int maxConcurrent();

    /** Requests waiting for a turn. */
    @WithDefault("64")
    int maxQueued();

    /** How long a request waits for a turn before it is refused. */
    @WithDefault("2s")
    Duration queueTimeout();

    /** What {@code Retry-After} tells a refused client, in seconds. */
    @WithDefault("1")
    int retryAfterSeconds();
  }

  /** A request waiting for its turn. */
  private final class Waiting {
    final Context context;
    final Runnable admitted;
    final Runnable refused;
    long timer = -1;
    boolean settled;

    Waiting(Context context, Runnable admitted, Runnable refused) {
      this.context = context;
      this.admitted = admitted;
      this.refused = refused;
    }
  }

  private final Settings settings;
  private final Vertx vertx;
  private final Deque<Waiting> queue = new ArrayDeque<>();
  private int running;

  public AdmissionGate(Settings settings, Vertx vertx) {
    this.settings = settings;
    this.vertx = vertx;
  }

  /**
   * Runs {@code admitted} now or after a wait, or {@code refused} (on the request's context).
   *
   * @return a handle to call when the client leaves before its turn
   */
  public Runnable enter(Runnable admitted, Runnable refused) {
    Waiting waiting;
    synchronized (this) {
      if (running < settings.maxConcurrent()) {
        running++;
        waiting = null;
      } else if (queue.size() >= settings.maxQueued()) {
        waiting = new Waiting(null, null, null);
        waiting.settled = true;
      } else {
        waiting = new Waiting(Vertx.currentContext(), admitted, refused);
        queue.addLast(waiting);
        Waiting queued = waiting;
        waiting.timer = vertx.setTimer(settings.queueTimeout().toMillis(), id -> timedOut(queued));
      }
    }
    if (waiting == null) {
      admitted.run();
      return () -> {};
    }
    if (waiting.settled) {
      refused.run();
      return () -> {};
    }
    Waiting queued = waiting;
    return () -> left(queued);
  }

  /** An admitted operation ended: the next waiting request, if any, takes its place. */
  public void leave() {
    Waiting next;
    synchronized (this) {
      next = queue.pollFirst();
      if (next == null) {
        running--;
        return;
      }
      next.settled = true;
      vertx.cancelTimer(next.timer);
    }
    Waiting admitted = next;
    admitted.context.runOnContext(v -> admitted.admitted.run());
  }

  synchronized int running() {
    return running;
  }

  public int retryAfterSeconds() {
    return settings.retryAfterSeconds();
  }

  private void timedOut(Waiting waiting) {
    synchronized (this) {
      if (waiting.settled) {
        return;
      }
      waiting.settled = true;
      queue.remove(waiting);
    }
    waiting.context.runOnContext(v -> waiting.refused.run());
  }

  private void left(Waiting waiting) {
    synchronized (this) {
      if (waiting.settled) {
        return;
      }
      waiting.settled = true;
      queue.remove(waiting);
      vertx.cancelTimer(waiting.timer);
    }
  }
}
