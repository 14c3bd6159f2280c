package io.summitgraph.platform.database;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Keeps the embedded PostgreSQL running for the service: when its postmaster dies, it is started
 * again on the same data directory and port (so the datasource's URL stays right, and the pool's
 * broken connections are replaced as after any outage). When it cannot be started again after
 * {@link #ATTEMPTS} tries, the supervisor gives up and liveness reports DOWN, so an orchestrator
 * replaces the instance.
 *
 * <p>And the other way round: a watchdog process outlives the JVM and stops the server when the JVM
 * is gone, however it died (even SIGKILL, which runs no shutdown hook).
 */
final class EmbeddedDatabaseSupervisor {

  /** What liveness reports. */
  enum State {
    RUNNING,
    RESTARTING,
    FAILED
  }

  static final int ATTEMPTS = 10;
  private static final Duration CHECK_EVERY = Duration.ofSeconds(1);
  private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseSupervisor.class);

  private static volatile State state = State.RUNNING;
  private static volatile EmbeddedDatabaseSupervisor current;

  private final Path dataDirectory;
  private final int port;
  private volatile EmbeddedDatabase database;
  private volatile boolean stopped;

  private EmbeddedDatabaseSupervisor(EmbeddedDatabase database, Path dataDirectory, int port) {
    this.database = database;
    this.dataDirectory = dataDirectory;
    this.port = port;
  }

  /** Supervises a started server, and starts its watchdog. */
  static void supervise(EmbeddedDatabase database, Path dataDirectory, int port) {
    EmbeddedDatabaseSupervisor supervisor =
        new EmbeddedDatabaseSupervisor(database, dataDirectory, port);
    current = supervisor;
    state = State.RUNNING;
    Thread thread = new Thread(supervisor::watch, "embedded-db-supervisor");
    thread.setDaemon(true);
    thread.start();
    startWatchdog(dataDirectory);
  }

  /** The server now (a restart replaces it), or null when none is supervised. */
  static EmbeddedDatabase database() {
    EmbeddedDatabaseSupervisor supervisor = current;
    return supervisor == null ? null : supervisor.database;
  }

  /** Stops supervising (before a deliberate stop, which must not be undone). */
  static void stop() {
    EmbeddedDatabaseSupervisor supervisor = current;
    if (supervisor != null) {
      supervisor.stopped = true;
    }
  }

  static State state() {
    return state;
  }

  private void watch() {
    while (!stopped) {
      try {
        Thread.sleep(CHECK_EVERY.toMillis());
      } catch (InterruptedException e) {
        return;
      }
      if (stopped || postmasterAlive(dataDirectory)) {
        continue;
      }
      restart();
      if (state == State.FAILED) {
        return;
      }
    }
  }

  private void restart() {
    long died = System.nanoTime();
    state = State.RESTARTING;
    LOG.warnf("The embedded PostgreSQL on %s is gone; starting it again", dataDirectory);
    // The old handle holds a lock on the data directory; its stop fails (the server is gone).
    database.closeQuietly();
    for (int attempt = 1; attempt <= ATTEMPTS && !stopped; attempt++) {
      try {
        if (!Files.exists(dataDirectory.resolve("PG_VERSION"))) {
          // Never a fresh, empty database in its place: the service's data would silently vanish.
          throw new IllegalStateException("the data directory is gone");
        }
        database = EmbeddedDatabase.start(dataDirectory, port);
        state = State.RUNNING;
        LOG.infof(
            "The embedded PostgreSQL is back after %d ms (attempt %d)",
            TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - died), attempt);
        return;
      } catch (RuntimeException e) {
        // Backends of the dead postmaster may still hold its shared memory for a moment.
        LOG.warnf(
            "Attempt %d to start the embedded PostgreSQL failed: %s", attempt, e.getMessage());
        try {
          Thread.sleep(Math.min(500L * attempt, 5000));
        } catch (InterruptedException interrupted) {
          return;
        }
      }
    }
    if (!stopped) {
      state = State.FAILED;
      LOG.errorf(
          "The embedded PostgreSQL on %s could not be started again after %d attempts; liveness"
              + " is DOWN",
          dataDirectory, ATTEMPTS);
    }
  }

  /** Whether the postmaster of the data directory runs. */
  static boolean postmasterAlive(Path dataDirectory) {
    return EmbeddedDatabase.postmasterPid(dataDirectory)
        .flatMap(ProcessHandle::of)
        .map(ProcessHandle::isAlive)
        .orElse(false);
  }

  /**
   * A process outside the JVM that waits for the JVM to end, then asks the server on the data
   * directory for a fast shutdown (SIGINT). It exits with the JVM's end; after a normal stop the
   * server is gone already and its pid file with it.
   */
  private static void startWatchdog(Path dataDirectory) {
    String script =
        "while kill -0 \"$1\" 2>/dev/null; do sleep 1; done; "
            + "pid=$(head -n 1 \"$2/postmaster.pid\" 2>/dev/null) && kill -INT \"$pid\" 2>/dev/null;"
            + " exit 0";
    try {
      new ProcessBuilder(
              "sh",
              "-c",
              script,
              "embedded-db-watchdog",
              Long.toString(ProcessHandle.current().pid()),
              dataDirectory.toString())
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD)
          .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
          .start();
    } catch (IOException e) {
      LOG.warnf(
          "No watchdog for the embedded PostgreSQL (%s): if this JVM is killed, stop it by hand",
          e.getMessage());
    }
  }
}
