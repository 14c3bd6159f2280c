package io.summitgraph.platform.observability;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Notes every SQL statement Hibernate sends in the work of the request that sent it ({@link
 * RequestWork}: the operation's metrics, span and slow-operation log). The tests and the benchmark
 * count statements with a subclass that replaces this one ({@code io.summitgraph.bench
 * .SqlStatementCounter}, in {@code src/bench/java}, which the production artifact does not
 * contain).
 */
@PersistenceUnitExtension
public class SqlStatementInspector implements StatementInspector {

  @Override
  public String inspect(String sql) {
    RequestWork.statementSent();
    return sql;
  }
}
