package io.summitgraph.platform.observability;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;

/**
 * Measures how long each pooled connection is held, and adds it to the request that held it: the
 * operation's database time. A connection is taken and given back on one thread (Hibernate releases
 * it after each statement or transaction), so the start is kept per thread.
 */
@ApplicationScoped
public class ConnectionHoldTimer implements AgroalPoolInterceptor {

  private static final ThreadLocal<long[]> TAKEN_AT = ThreadLocal.withInitial(() -> new long[1]);

  @Override
  public void onConnectionAcquire(Connection connection) {
    TAKEN_AT.get()[0] = System.nanoTime();
  }

  @Override
  public void onConnectionReturn(Connection connection) {
    long[] takenAt = TAKEN_AT.get();
    if (takenAt[0] != 0) {
      RequestWork.connectionHeld(System.nanoTime() - takenAt[0]);
      takenAt[0] = 0;
    }
  }
}
