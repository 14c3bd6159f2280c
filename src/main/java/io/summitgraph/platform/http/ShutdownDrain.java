package io.summitgraph.platform.http;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The graceful shutdown's drain of GraphQL operations: once shutdown starts, new operations are
 * refused and those already executing are given time to finish.
 *
 * <p>It is the first step of shutdown, before Quarkus drains HTTP requests. Quarkus's drain is not
 * enough on its own: it still hands HTTP/1.1 keep-alive requests to the routes, and it reports
 * "complete" the moment its count touches zero between two of them; the server then closes under
 * operations that started since, while the embedded database stops. So {@link HttpProtocol} asks
 * {@link #refusing()} before it hands an operation to the engine (and answers 503, {@code
 * Connection: close}), those already executing are awaited here (for at most the shutdown timeout),
 * and only quick refusals remain for Quarkus to drain. Fired because {@code
 * quarkus.shutdown.delay-enabled} is set; with no delay configured, nothing else waits.
 */
@ApplicationScoped
class ShutdownDrain {

  private static final Logger LOG = Logger.getLogger(ShutdownDrain.class);

  @ConfigProperty(name = "quarkus.shutdown.timeout", defaultValue = "10S")
  Duration shutdownTimeout;

  /** Operations handed to the engine and not answered yet. */
  private final AtomicInteger executing = new AtomicInteger();

  private volatile boolean stopping;

  void finishInFlight(@Observes ShutdownDelayInitiatedEvent event) throws InterruptedException {
    stopping = true;
    if (executing.get() > 0) {
      LOG.infof("Refusing new operations; waiting for %d executing ones", executing.get());
    }
    long deadline = System.nanoTime() + shutdownTimeout.toNanos();
    while (executing.get() > 0 && System.nanoTime() < deadline) {
      Thread.sleep(10);
    }
    if (executing.get() > 0) {
      LOG.warnf("%d operations still executing after %s", executing.get(), shutdownTimeout);
    }
  }

  /**
   * Counts an operation about to be handed to the engine. Counted before {@link #refusing()} is
   * asked, so that an operation the drain does not wait for is one it refuses.
   */
  void started() {
    executing.incrementAndGet();
  }

  /** An operation counted by {@link #started()} was answered, refused, or its client left. */
  void ended() {
    executing.decrementAndGet();
  }

  /** Whether shutdown has started: operations not executing yet are refused. */
  boolean refusing() {
    return stopping;
  }

  /** How many operations were handed to the engine and are not answered yet. */
  int executingOperations() {
    return executing.get();
  }
}
