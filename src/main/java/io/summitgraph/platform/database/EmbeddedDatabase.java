package io.summitgraph.platform.database;

import io.quarkus.runtime.LaunchMode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * A real PostgreSQL server run by the service itself, so that it needs no database on the machine.
 *
 * <p>It is started before Quarkus boots (the datasource URL must be known when the configuration is
 * read), and only when no datasource URL is configured. Its data directory persists, so a second
 * start reuses the data.
 */
public final class EmbeddedDatabase implements AutoCloseable {

  /** Configuration keys, read as system properties or their environment-variable forms. */
  static final String URL_KEY = "quarkus.datasource.jdbc.url";

  static final String DATA_DIR_KEY = "summitgraph.embedded-db.data-dir";
  static final String PORT_KEY = "summitgraph.embedded-db.port";

  /** {@code false} for a throwaway database only (the durability benchmark); default true. */
  static final String DURABLE_KEY = "summitgraph.embedded-db.durable";

  /** Set to the URL of the server this JVM started: a dev-mode restart finds it there. */
  private static final String STARTED_URL_KEY = "summitgraph.embedded-db.started-url";

  /** Set by the build when it runs the app to record the classes of the AppCDS archive. */
  private static final String APPCDS_GENERATION = "quarkus.appcds.generate";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);
  private static volatile EmbeddedDatabase running;
  private static volatile boolean serviceRunning;
  private static final CountDownLatch serviceDone = new CountDownLatch(1);

  private final EmbeddedPostgres postgres;
  private final EmbeddedDatabaseAccess access;

  private EmbeddedDatabase(EmbeddedPostgres postgres, EmbeddedDatabaseAccess access) {
    this.postgres = postgres;
    this.access = access;
  }

  /**
   * Starts the embedded server unless a datasource URL is configured, and points the datasource at
   * it.
   *
   * @return the started database, or empty when an external one is configured
   */
  public static Optional<EmbeddedDatabase> startUnlessConfigured() {
    if (Boolean.getBoolean(APPCDS_GENERATION)) {
      // The build's class-recording run stops after static initialisation, before any connection.
      return Optional.empty();
    }
    if (setting(URL_KEY).isPresent()) {
      String url = setting(URL_KEY).get();
      LOG.infof(
          url.equals(System.getProperty(STARTED_URL_KEY))
              ? "Using the embedded PostgreSQL at %s, still running from the last dev-mode start"
              : "Using the configured PostgreSQL at %s",
          url);
      return Optional.empty();
    }
    Path dataDirectory =
        Path.of(setting(DATA_DIR_KEY).orElse("data/postgres")).toAbsolutePath().normalize();
    int port = setting(PORT_KEY).map(Integer::parseInt).orElse(0);
    EmbeddedDatabase database = start(dataDirectory, port);
    // A restart after a crash reuses the port: the datasource's URL must stay right.
    EmbeddedDatabaseSupervisor.supervise(database, dataDirectory, database.postgres.getPort());
    database.connectionProperties().forEach(System::setProperty);
    System.setProperty(STARTED_URL_KEY, database.connectionProperties().get(URL_KEY));
    running = database;
    Runtime.getRuntime()
        .addShutdownHook(new Thread(EmbeddedDatabase::stopAfterService, "embedded-db-stop"));
    return Optional.of(database);
  }

  /**
   * Called once the service has started: from then on, shutdown waits for it before stopping the
   * database.
   */
  static void serviceStarted() {
    serviceRunning = true;
  }

  /**
   * Called by the service as its last shutdown step, after in-flight requests are done. In dev mode
   * a live reload stops and restarts the service in the same JVM, with this server's URL still set:
   * the server keeps running for the next start, and the JVM's shutdown hook stops it at the end.
   */
  static void serviceStopped() {
    serviceRunning = false;
    stopUnlessLiveReloading();
    serviceDone.countDown();
  }

  /** Stops the server, except in dev mode, where the service may be restarted in this JVM. */
  public static void stopUnlessLiveReloading() {
    if (LaunchMode.current() != LaunchMode.DEVELOPMENT) {
      stopRunning();
    }
  }

  /**
   * The JVM shutdown hook. Hooks run concurrently, so while the service is still draining requests
   * this waits for it; when it never started (a failed boot exits at once) the database is stopped
   * straight away.
   */
  private static void stopAfterService() {
    if (serviceRunning) {
      try {
        serviceDone.await(30, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    stopRunning();
  }

  /**
   * Starts a server on the given data directory (created and initialised when empty); port 0 picks
   * a free one.
   */
  public static EmbeddedDatabase start(Path dataDirectory, int port) {
    long started = System.nanoTime();
    Path passwordFile = null;
    try {
      Files.createDirectories(dataDirectory);
      stopOrphanedServer(dataDirectory);
      // Binaries are extracted once beside the data, not into /tmp on every start.
      Path binaries = dataDirectory.resolveSibling(".postgres-binaries");
      Files.createDirectories(binaries);
      boolean durable = !"false".equals(setting(DURABLE_KEY).orElse("true"));
      if (!durable) {
        LOG.warn(
            "The embedded PostgreSQL runs without fsync: a crash of the machine can lose data");
      }
      boolean fresh = !Files.exists(dataDirectory.resolve("postgresql.conf"));
      Optional<EmbeddedDatabaseAccess> stored = EmbeddedDatabaseAccess.stored(dataDirectory);
      EmbeddedDatabaseAccess access = stored.orElseGet(EmbeddedDatabaseAccess::generate);
      // A data directory from before passwords still trusts loopback: secured once it is up.
      boolean legacy = !fresh && stored.isEmpty();
      EmbeddedPostgres.Builder builder =
          EmbeddedPostgres.builder()
              .setDataDirectory(dataDirectory)
              .setCleanDataDirectory(false)
              .setOverrideWorkingDirectory(binaries.toFile())
              // The service stops the server itself, after in-flight requests are done.
              .setRegisterShutdownHook(false)
              .setPGStartupWait(Duration.ofSeconds(30))
              .setServerConfig("max_connections", "100")
              .setServerConfig("shared_buffers", "128MB")
              // Durable, unlike the library's test defaults (its -F and synchronous_commit=off): a
              // committed change survives a crash of the machine. Only bench/durability turns it
              // off, to measure what it costs.
              .setServerConfig("fsync", durable ? "on" : "off")
              .setServerConfig("synchronous_commit", durable ? "on" : "off")
              .setServerConfig("full_page_writes", durable ? "on" : "off")
              // Loopback only, whatever the library or a copied configuration says.
              .setServerConfig("listen_addresses", "localhost");
      if (port > 0) {
        builder.setPort(port);
      }
      if (fresh) {
        // The library runs initdb with -A trust; the options given here come after it and win:
        // passwords (SCRAM) from the first start, the superuser's given in an owner-only file.
        passwordFile = access.writeSuperuserPasswordFile(binaries);
        builder
            .setLocaleConfig("auth", "scram-sha-256")
            .setLocaleConfig("pwfile", passwordFile.toString())
            .setDataDirectoryCustomizer(directory -> access.store(directory.toPath()));
      }
      // The library's readiness check connects as the superuser.
      builder.setConnectConfig("password", access.superuserPassword());
      EmbeddedPostgres postgres = builder.start();
      EmbeddedDatabase database = new EmbeddedDatabase(postgres, access);
      try {
        access.secure(dataDirectory, postgres.getPostgresDatabase(), legacy);
      } catch (SQLException | RuntimeException e) {
        database.closeQuietly();
        throw new IOException("Could not set up access to the embedded PostgreSQL", e);
      }
      LOG.infof(
          "Embedded PostgreSQL started on port %d with data in %s (%d ms)",
          postgres.getPort(),
          dataDirectory,
          Duration.ofNanos(System.nanoTime() - started).toMillis());
      return database;
    } catch (IOException e) {
      throw new UncheckedIOException(
          "Could not start the embedded PostgreSQL in " + dataDirectory, e);
    } finally {
      if (passwordFile != null) {
        try {
          Files.deleteIfExists(passwordFile);
        } catch (IOException e) {
          LOG.warnf("Could not delete %s: %s", passwordFile, e.getMessage());
        }
      }
    }
  }

  /**
   * A server left running on this data directory by a process that was killed outright would make
   * the start fail; it is ours (nothing else uses this directory), so it is asked to shut down
   * first.
   */
  private static void stopOrphanedServer(Path dataDirectory) throws IOException {
    Optional<Long> recorded = postmasterPid(dataDirectory);
    if (recorded.isEmpty()) {
      return;
    }
    long pid = recorded.get();
    Optional<ProcessHandle> orphan = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (orphan.isPresent()) {
      LOG.warnf("Stopping a PostgreSQL (pid %d) left running on %s", pid, dataDirectory);
      orphan.get().destroy();
      try {
        orphan.get().onExit().get(20, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IOException("PostgreSQL pid " + pid + " still holds " + dataDirectory, e);
      }
    }
  }

  /**
   * The pid the postmaster of this data directory recorded in its {@code postmaster.pid}, if the
   * file is there and names this directory (whether that process still runs is the caller's
   * question).
   */
  static Optional<Long> postmasterPid(Path dataDirectory) {
    try {
      List<String> lines = Files.readAllLines(dataDirectory.resolve("postmaster.pid"));
      if (lines.size() < 2 || !Path.of(lines.get(1).trim()).equals(dataDirectory)) {
        return Optional.empty();
      }
      return Optional.of(Long.parseLong(lines.get(0).trim()));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** The datasource settings that point Quarkus at this server, as the service's own role. */
  public Map<String, String> connectionProperties() {
    return Map.of(
        URL_KEY,
        jdbcUrl(),
        "quarkus.datasource.username",
        EmbeddedDatabaseAccess.SERVICE_ROLE,
        "quarkus.datasource.password",
        access.servicePassword());
  }

  /** The server's JDBC URL (database {@code postgres}), without credentials. */
  public String jdbcUrl() {
    return "jdbc:postgresql://localhost:" + postgres.getPort() + "/postgres";
  }

  /**
   * The superuser's name and password, for what the service's role may not do (creating databases
   * in tests, administration); the service itself never connects as it.
   */
  public Map.Entry<String, String> superuser() {
    return Map.entry(EmbeddedDatabaseAccess.SUPERUSER, access.superuserPassword());
  }

  /** Stops the server started by {@link #startUnlessConfigured()}, if any. */
  public static void stopRunning() {
    EmbeddedDatabaseSupervisor.stop();
    EmbeddedDatabase database = running;
    running = null;
    if (database != null) {
      // The supervisor may have replaced the server since it started.
      EmbeddedDatabase now = EmbeddedDatabaseSupervisor.database();
      (now != null ? now : database).close();
    }
  }

  /** Lets go of a server that is already gone (its stop fails), without a warning. */
  void closeQuietly() {
    try {
      postgres.close();
    } catch (IOException | RuntimeException e) {
      LOG.debugf("Closing the handle of a server that is gone: %s", e.getMessage());
    }
  }

  @Override
  public void close() {
    try {
      postgres.close();
      LOG.info("Embedded PostgreSQL stopped");
    } catch (IOException e) {
      LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
    }
  }

  /**
   * A setting from a system property, or else from its environment variable (FOO_BAR for foo.bar).
   */
  public static Optional<String> setting(String key) {
    String value = System.getProperty(key);
    if (value == null) {
      value = System.getenv(key.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}
