package io.summitgraph.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import io.summitgraph.platform.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A test that stops and restarts its database: it gets an embedded server of its own (its own data
 * directory, a fixed port), so the other tests' server is never touched. The test stops it as a
 * crash would ({@link #stopServer()}, a fast shutdown that drops every connection) and starts it
 * again on the same port and data ({@link #startServer()}).
 */
public class OutageDatabaseProfile implements QuarkusTestProfile {

  static final Path DATA = Path.of("target", "test-postgres", "outage-data").toAbsolutePath();

  /** The port, chosen once per run and kept for the restart. */
  private static final int PORT = freePort();

  /** The server running now; its handle holds a file lock on the data directory. */
  private static EmbeddedDatabase server;

  /** Started by {@link TestDatabase} for tests under this profile. */
  static Map<String, String> start() {
    TestDatabase.deleteRecursively(DATA);
    server = EmbeddedDatabase.start(DATA, PORT);
    return server.connectionProperties();
  }

  /**
   * Stops the server at once (SIGINT: PostgreSQL's fast shutdown) and waits until it is gone, then
   * lets go of its handle: the handle's lock on the data directory would make the restart fail
   * (unless a garbage collection happened to release it first). Closing it logs that {@code pg_ctl
   * stop} failed: the server is already gone.
   */
  public static void stopServer() throws IOException, InterruptedException {
    long pid = Long.parseLong(Files.readAllLines(DATA.resolve("postmaster.pid")).get(0).trim());
    Process kill = new ProcessBuilder("kill", "-INT", Long.toString(pid)).inheritIO().start();
    kill.waitFor(10, TimeUnit.SECONDS);
    ProcessHandle.of(pid).ifPresent(p -> p.onExit().join());
    server.close();
  }

  /** Starts the server again on the same port and data directory. */
  public static void startServer() {
    server = EmbeddedDatabase.start(DATA, PORT);
  }

  /**
   * Stops the server when the profile's tests are done ({@link TestDatabase#stop}): the one running
   * then is the restarted one, which nothing else knows of; it ran on after every test run.
   */
  static void stop() {
    if (server != null) {
      server.close();
      server = null;
    }
  }

  @Override
  public List<TestResourceEntry> testResources() {
    return List.of();
  }

  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
