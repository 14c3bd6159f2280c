package io.summitgraph.platform.observability;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import java.util.concurrent.atomic.LongAdder;

/**
 * The database work one request caused: statements sent and the time connections were held for
 * them. Kept in the request's Vert.x (duplicated) context, which SmallRye carries to the worker
 * threads that run the request's resolvers and batches, so a statement is counted for its request
 * whichever thread sends it. Outside a request (startup, the loaders) nothing is counted.
 */
public final class RequestWork {

  private static final String KEY = RequestWork.class.getName();

  private final LongAdder statements = new LongAdder();
  private final LongAdder databaseNanos = new LongAdder();

  private RequestWork() {}

  /** A new record for the current request, or null outside a request's context. */
  static RequestWork begin() {
    if (!VertxContext.isOnDuplicatedContext()) {
      return null;
    }
    RequestWork work = new RequestWork();
    ContextLocals.put(KEY, work);
    return work;
  }

  /** Called for every SQL statement the service sends. */
  public static void statementSent() {
    RequestWork work = current();
    if (work != null) {
      work.statements.increment();
    }
  }

  /** Called when a connection goes back to the pool, with how long it was held. */
  static void connectionHeld(long nanos) {
    RequestWork work = current();
    if (work != null) {
      work.databaseNanos.add(nanos);
    }
  }

  long statements() {
    return statements.sum();
  }

  long databaseNanos() {
    return databaseNanos.sum();
  }

  private static RequestWork current() {
    if (!VertxContext.isOnDuplicatedContext()) {
      return null;
    }
    return ContextLocals.<RequestWork>get(KEY).orElse(null);
  }
}
