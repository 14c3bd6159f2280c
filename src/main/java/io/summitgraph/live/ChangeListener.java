package io.summitgraph.live;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * LISTENs on the channel the database announces committed changes on (migration V70) and hands them
 * to the {@link ChangeFeed}, in the order PostgreSQL delivers them (commit order).
 *
 * <p>It holds one dedicated pgjdbc connection, outside the pool, on a thread of its own: pgjdbc's
 * {@code getNotifications(timeout)} waits on the socket, so nothing polls the database. (Vert.x's
 * reactive client's {@code PgSubscriber} would do as well, but needs a second datasource extension
 * and a reactive URL derived from the JDBC one, for one connection.) When the connection is lost —
 * the database restarted, a network fault, the backend terminated — the listener connects again
 * after {@code summitgraph.live.reconnect-delay}, and once it listens again tells every subscriber
 * that changes may have been missed ({@link ChangeKind#MISSED_CHANGES}).
 */
@ApplicationScoped
public class ChangeListener {

  static final String CHANNEL = "summitgraph_live";
  static final String APPLICATION_NAME = "summitgraph-live-listener";

  private static final Logger LOG = Logger.getLogger(ChangeListener.class);

  @Inject ChangeFeed feed;
  @Inject LiveSettings settings;
  @Inject Event<ChangesCommitted> committed;

  @ConfigProperty(name = "quarkus.datasource.jdbc.url")
  String url;

  @ConfigProperty(name = "quarkus.datasource.username")
  Optional<String> username;

  @ConfigProperty(name = "quarkus.datasource.password")
  Optional<String> password;

  private volatile boolean running;
  private volatile boolean listening;
  private volatile Connection connection;
  private Thread thread;

  void start(@Observes StartupEvent event) {
    running = true;
    thread = new Thread(this::run, "summitgraph-live-listener");
    thread.setDaemon(true);
    thread.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    closeQuietly(connection);
    if (thread != null) {
      thread.interrupt();
    }
  }

  /** Whether the listener holds a working LISTEN connection (health and tests). */
  public boolean listening() {
    return listening;
  }

  private void run() {
    boolean lostOnce = false;
    while (running) {
      try (Connection listener = connect()) {
        connection = listener;
        try (Statement statement = listener.createStatement()) {
          statement.execute("LISTEN " + CHANNEL);
        }
        if (lostOnce) {
          // Before listening counts as working again: what was derived before the loss is stale.
          committed.fire(new ChangesCommitted(true));
        }
        listening = true;
        if (lostOnce) {
          LOG.info("Listening for changes again; subscribers are told they may have missed some");
          feed.missedChanges();
        } else {
          LOG.debug("Listening for committed changes");
        }
        receive(listener.unwrap(PGConnection.class), listener);
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          break;
        }
        if (listening || !lostOnce) {
          LOG.warnf(
              "Lost the change listener's database connection (%s); reconnecting", e.getMessage());
        }
        lostOnce = true;
      } finally {
        listening = false;
        connection = null;
      }
      pause();
    }
  }

  private void receive(PGConnection pg, Connection listener) throws SQLException {
    int checkMillis = (int) Math.max(100, settings.listenerCheckInterval().toMillis());
    while (running) {
      PGNotification[] notifications = pg.getNotifications(checkMillis);
      if (notifications == null || notifications.length == 0) {
        // Nothing for a while: make sure the connection still works (a lost server is otherwise
        // only noticed when the socket times out).
        try (Statement statement = listener.createStatement()) {
          statement.execute("select 1");
        }
        continue;
      }
      committed.fire(new ChangesCommitted(false));
      for (PGNotification notification : notifications) {
        Change change = Change.parse(notification.getParameter());
        if (change != null) {
          feed.accept(change);
        }
      }
    }
  }

  private Connection connect() throws SQLException {
    Properties properties = new Properties();
    username.ifPresent(user -> properties.setProperty("user", user));
    password.ifPresent(secret -> properties.setProperty("password", secret));
    properties.setProperty("ApplicationName", APPLICATION_NAME);
    properties.setProperty("connectTimeout", "5");
    properties.setProperty("tcpKeepAlive", "true");
    // A check that gets no answer in 10 s means the server is gone.
    properties.setProperty("socketTimeout", "10");
    return DriverManager.getConnection(url, properties);
  }

  private void pause() {
    try {
      Thread.sleep(settings.reconnectDelay().toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
