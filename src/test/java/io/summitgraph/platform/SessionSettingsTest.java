package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.common.errors.ErrorCodes;
import io.summitgraph.platform.engine.CodedErrors;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Every connection of the pool runs with the service's session settings (JDBC options, so an
 * external server gets them too): the statement timeout and the planner's page cost.
 */
@QuarkusTest
class SessionSettingsTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void everyConnectionHasTheStatementTimeout() throws Exception {
    assertThat(setting("statement_timeout")).isEqualTo("5s");
  }

  @Test
  void everyConnectionPlansForACachedWorkingSet() throws Exception {
    assertThat(setting("random_page_cost")).isEqualTo("1.1");
  }

  @Test
  void theEmbeddedServerIsDurableAndListensOnLoopbackOnly() throws Exception {
    assumeTrue(
        System.getenv("SUMMITGRAPH_TEST_DB_URL") == null,
        "the tests run against an external server, which is not the embedded one");
    // A committed change is on disk before the commit returns (the embedded library's test
    // defaults turn both off).
    assertThat(setting("fsync")).isEqualTo("on");
    assertThat(setting("synchronous_commit")).isEqualTo("on");
    assertThat(setting("full_page_writes")).isEqualTo("on");
    assertThat(setting("listen_addresses")).isEqualTo("localhost");
  }

  private String setting(String name) throws SQLException {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show " + name)) {
      result.next();
      return result.getString(1);
    }
  }

  @Test
  void aStatementBeyondTheTimeoutIsCancelledAndReportedAsQueryTimeout() throws Exception {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement()) {
      connection.setAutoCommit(false);
      // The same cancellation as at 5 s, sooner: this connection only, this transaction only.
      statement.execute("set local statement_timeout = '50ms'");
      long started = System.nanoTime();
      SQLException cancelled =
          catchThrowableOfType(
              SQLException.class, () -> statement.executeQuery("select pg_sleep(5)"));
      assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(2000);
      assertThat(CodedErrors.databaseFault(new RuntimeException(cancelled)))
          .isEqualTo(ErrorCodes.QUERY_TIMEOUT);
      connection.rollback();
    }
  }
}
