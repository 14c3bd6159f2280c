package io.summitgraph.testing;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/** Polls for what a test cannot be told of directly: a request ending, a statement blocking. */
public final class Waiting {

  private Waiting() {}

  /** Whether the condition held before the timeout; it is checked every 10 ms. */
  public static boolean until(Duration timeout, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!condition.getAsBoolean()) {
      if (System.nanoTime() > deadline) {
        return false;
      }
      Thread.sleep(10);
    }
    return true;
  }
}
