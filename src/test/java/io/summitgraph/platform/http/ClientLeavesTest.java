package io.summitgraph.platform.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.platform.engine.CodedErrors;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Waiting;
import jakarta.inject.Inject;
import java.net.Socket;
import java.net.URI;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

/**
 * A client that closes its connection before the answer ends the request under the running
 * operation: what fails after that (closed statements, an inactive request context) is no fault of
 * the service, and an aborted load test must not flood the log with one error per field.
 */
@QuarkusTest
class ClientLeavesTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  @Inject AgroalDataSource dataSource;
  @Inject ShutdownDrain drain;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void anOperationWhoseClientLeftLogsOneDebugLineAndNoError() throws Exception {
    Logger logger = Logger.getLogger(CodedErrors.class.getName());
    Level level = logger.getLevel();
    // Hibernate logs every failing statement here before it throws; the statement a departed client
    // leaves behind is closed under it.
    Logger statements = Logger.getLogger("org.hibernate.orm.jdbc.error");
    List<LogRecord> records = new CopyOnWriteArrayList<>();
    Handler capture =
        new Handler() {
          @Override
          public void publish(LogRecord record) {
            records.add(record);
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    logger.addHandler(capture);
    logger.setLevel(Level.FINE);
    statements.addHandler(capture);
    try {
      try (Connection locker = dataSource.getConnection();
          Statement lock = locker.createStatement()) {
        // People are read at the operation's second level: it waits here until the client is gone.
        locker.setAutoCommit(false);
        lock.execute("lock table person in access exclusive mode");
        String body = GraphQL.document("platform/people-across-events").variable("first", 5).body();
        try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
          GraphQL.postOver(socket, body);
          assertThat(Waiting.until(TIMEOUT, this::someoneWaitsForPeople))
              .as("the operation waits for the people")
              .isTrue();
        }
        assertThat(Waiting.until(TIMEOUT, () -> drain.executingOperations() == 0))
            .as("the request ends")
            .isTrue();
        locker.rollback();
      }
      assertThat(
              Waiting.until(
                  TIMEOUT,
                  () ->
                      records.stream().anyMatch(r -> r.getMessage().startsWith("The client left"))))
          .as("the operation finishes")
          .isTrue();
      assertThat(records)
          .noneMatch(record -> record.getLevel().intValue() >= Level.WARNING.intValue());
    } finally {
      logger.removeHandler(capture);
      logger.setLevel(level);
      statements.removeHandler(capture);
    }
  }

  private boolean someoneWaitsForPeople() {
    try (Connection connection = dataSource.getConnection();
        Statement query = connection.createStatement();
        ResultSet rows =
            query.executeQuery(
                "select count(*) from pg_locks"
                    + " where relation = 'person'::regclass and not granted")) {
      rows.next();
      return rows.getLong(1) > 0;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
