package io.summitgraph.platform;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import java.util.concurrent.atomic.AtomicLong;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Counts the SQL statements the service sends, so tests and the benchmark can prove that a query's
 * cost does not grow with page size or data (no N+1).
 */
@PersistenceUnitExtension
public class SqlStatementCounter implements StatementInspector {

  private static final AtomicLong COUNT = new AtomicLong();

  @Override
  public String inspect(String sql) {
    COUNT.incrementAndGet();
    return sql;
  }

  /** Statements sent since the service started. */
  public static long count() {
    return COUNT.get();
  }
}
