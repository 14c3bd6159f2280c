package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Waiting;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * When a client goes away mid-request, the statement its operation runs is cancelled in PostgreSQL:
 * abandoned work stops at once instead of at the statement timeout (5 s). (The request's end closes
 * its statements, and pgjdbc's Statement.close sends PostgreSQL a cancel request for a running
 * one.) The test holds a lock the operation's second level needs, so its statement waits in the
 * database for as long as the test wants; pg_stat_activity and pg_locks show whether a backend
 * still runs it.
 */
@QuarkusTest
class StatementCancellationTest {

  private static final Duration TIMEOUT = Duration.ofSeconds(20);

  /** Well under the statement timeout (5 s), which would end the statement anyway. */
  private static final Duration CANCELLED_WITHIN = Duration.ofMillis(2500);

  @Inject AgroalDataSource dataSource;

  @TestHTTPResource("/graphql")
  URI graphql;

  @Test
  void theStatementOfAClientThatLeftIsCancelledWhileTheLockIsStillHeld() throws Exception {
    try (Connection locker = dataSource.getConnection();
        Statement lock = locker.createStatement()) {
      locker.setAutoCommit(false);
      lock.execute("lock table person in access exclusive mode");
      try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
        GraphQL.postOver(socket, body());
        assertThat(Waiting.until(TIMEOUT, () -> waitingForPeople() > 0))
            .as("the operation's statement waits for the people")
            .isTrue();
      }
      long left = System.nanoTime();
      assertThat(Waiting.until(CANCELLED_WITHIN, () -> waitingForPeople() == 0))
          .as("no backend runs the departed client's statement any more")
          .isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - left)).isLessThan(CANCELLED_WITHIN);
      // The lock is still held: only a cancel can have ended the statement.
      assertThat(lockHeld()).isTrue();
      locker.rollback();
    }
    // The cancelled request gave its connections back: the service answers as before.
    assertThat(
            GraphQL.document("platform/people-across-events")
                .variable("first", 5)
                .data()
                .getList("events.nodes"))
        .hasSize(5);
  }

  /**
   * The same for an operation the compiled read path serves (platform/compiler): its one statement
   * is cancelled too.
   */
  @Test
  void theCompiledStatementOfAClientThatLeftIsCancelled() throws Exception {
    String compiled = GraphQL.document("compiler/nested").body();
    try (Connection locker = dataSource.getConnection();
        Statement lock = locker.createStatement()) {
      locker.setAutoCommit(false);
      lock.execute("lock table person in access exclusive mode");
      try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
        GraphQL.postOver(socket, compiled);
        assertThat(Waiting.until(TIMEOUT, () -> waitingForPeople() > 0)).isTrue();
      }
      assertThat(Waiting.until(CANCELLED_WITHIN, () -> waitingForPeople() == 0))
          .as("no backend runs the departed client's compiled statement any more")
          .isTrue();
      assertThat(lockHeld()).isTrue();
      locker.rollback();
    }
    assertThat(GraphQL.document("compiler/nested").data().getList("events.nodes")).hasSize(6);
  }

  @Test
  void theStatementOfAClientThatStaysIsNotCancelled() throws Exception {
    try (Socket socket = new Socket(graphql.getHost(), graphql.getPort())) {
      try (Connection locker = dataSource.getConnection();
          Statement lock = locker.createStatement()) {
        locker.setAutoCommit(false);
        lock.execute("lock table person in access exclusive mode");
        GraphQL.postOver(socket, body());
        assertThat(Waiting.until(TIMEOUT, () -> waitingForPeople() > 0)).isTrue();
        Thread.sleep(CANCELLED_WITHIN.toMillis());
        assertThat(waitingForPeople()).as("still waiting: its client is there").isPositive();
        locker.rollback();
      }
      socket.setSoTimeout((int) TIMEOUT.toMillis());
      String answer = readAnswer(socket.getInputStream());
      assertThat(answer).startsWith("HTTP/1.1 200").contains("\"participants\"");
      assertThat(answer).doesNotContain("\"errors\"");
    }
  }

  private static String body() {
    return GraphQL.document("platform/people-across-events").variable("first", 5).body();
  }

  /** Backends other than the test's own whose statement waits for a lock on person. */
  private long waitingForPeople() {
    return count(
        "select count(*) from pg_stat_activity a join pg_locks l on l.pid = a.pid"
            + " where l.relation = 'person'::regclass and not l.granted and a.state = 'active'");
  }

  private boolean lockHeld() {
    return count(
            "select count(*) from pg_locks where relation = 'person'::regclass"
                + " and mode = 'AccessExclusiveLock' and granted")
        > 0;
  }

  private long count(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement query = connection.createStatement();
        ResultSet rows = query.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** One HTTP/1.1 answer with a Content-Length or chunked body, read to its end. */
  private static String readAnswer(InputStream in) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    int read;
    while ((read = in.read(buffer)) > 0) {
      bytes.write(buffer, 0, read);
      String text = bytes.toString(StandardCharsets.UTF_8);
      int headersEnd = text.indexOf("\r\n\r\n");
      if (headersEnd < 0) {
        continue;
      }
      String headers = text.substring(0, headersEnd).toLowerCase();
      int length = headers.indexOf("content-length:");
      if (length >= 0) {
        int end = headers.indexOf("\r\n", length);
        int size =
            Integer.parseInt(
                headers.substring(length + 15, end < 0 ? headers.length() : end).trim());
        if (bytes.size() >= headersEnd + 4 + size) {
          return text;
        }
      } else if (text.endsWith("0\r\n\r\n")) {
        return text;
      }
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
