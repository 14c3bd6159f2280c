package io.summitgraph.platform.fetching;

import io.smallrye.common.vertx.ContextLocals;
import io.smallrye.common.vertx.VertxContext;
import java.util.concurrent.atomic.LongAdder;

/**
 * The long text one response carries, against its budget: once a response's long text (values of
 * {@link #LONG_TEXT} characters or more) passes it, further long values are left out (the fetcher
 * returns nothing for them) and the operation ends with {@code RESPONSE_TOO_LARGE}, so a request
 * cannot make the service build a response that does not fit in memory. Kept in the request's
 * Vert.x (duplicated) context and in its GraphQL context, for the threads that have only one of
 * them.
 */
public final class ResponseCost {

  /** The size from which a text value counts as long. */
  public static final int LONG_TEXT = 512;

  /** GraphQL context key of the operation's count. */
  public static final String KEY = ResponseCost.class.getName();

  private final long textBudget;
  private final LongAdder text = new LongAdder();
  private volatile boolean exceeded;

  private ResponseCost(long textBudget) {
    this.textBudget = textBudget;
  }

  /** A new count for the current request. */
  public static ResponseCost begin(long textBudget) {
    ResponseCost cost = new ResponseCost(textBudget);
    if (VertxContext.isOnDuplicatedContext()) {
      ContextLocals.put(KEY, cost);
    }
    return cost;
  }

  /** The current request's count, from its Vert.x context, or null on a thread without it. */
  static ResponseCost current() {
    if (!VertxContext.isOnDuplicatedContext()) {
      return null;
    }
    return ContextLocals.<ResponseCost>get(KEY).orElse(null);
  }

  /** Adds a long text; false when it would pass the budget (the value must then be left out). */
  public boolean text(int length) {
    if (exceeded) {
      return false;
    }
    text.add(length);
    if (text.sum() > textBudget) {
      exceeded = true;
      return false;
    }
    return true;
  }

  /** Whether the long text passed the budget, so the response must not be sent. */
  public boolean exceeded() {
    return exceeded;
  }
}
