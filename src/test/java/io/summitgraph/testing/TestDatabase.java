package io.summitgraph.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.summitgraph.platform.database.EmbeddedDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The real PostgreSQL every test runs against: a fresh embedded server by default; the server named
 * by {@code SUMMITGRAPH_TEST_DB_URL} (with {@code SUMMITGRAPH_TEST_DB_USER} / {@code _PASSWORD})
 * when set; a fresh database on an external server for tests under {@link ExternalDatabaseProfile};
 * a server of their own for tests under {@link OutageDatabaseProfile}, which stop and restart it.
 */
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

  private EmbeddedDatabase embedded;
  private String testProfile;

  /** Who may create databases on the test server: its superuser (name, password). */
  private static volatile Map.Entry<String, String> administrator =
      Map.entry(
          envOr("SUMMITGRAPH_TEST_DB_USER", "postgres"), envOr("SUMMITGRAPH_TEST_DB_PASSWORD", ""));

  /**
   * The superuser of the server the tests run against, for tests that create databases of their own
   * (the service's role may not).
   */
  public static Map.Entry<String, String> administrator() {
    return administrator;
  }

  @Override
  public void setContext(Context context) {
    testProfile = context.testProfile();
  }

  @Override
  public Map<String, String> start() {
    if (ExternalDatabaseProfile.class.getName().equals(testProfile)) {
      return ExternalDatabaseProfile.freshDatabase();
    }
    if (OutageDatabaseProfile.class.getName().equals(testProfile)) {
      return OutageDatabaseProfile.start();
    }
    String url = System.getenv("SUMMITGRAPH_TEST_DB_URL");
    if (url != null && !url.isBlank()) {
      return Map.of(
          "quarkus.datasource.jdbc.url", url,
          "quarkus.datasource.username", envOr("SUMMITGRAPH_TEST_DB_USER", "postgres"),
          "quarkus.datasource.password", envOr("SUMMITGRAPH_TEST_DB_PASSWORD", ""));
    }
    Path dataDirectory = Path.of("target", "test-postgres", "data").toAbsolutePath();
    deleteRecursively(dataDirectory);
    embedded = EmbeddedDatabase.start(dataDirectory, 0);
    administrator = embedded.superuser();
    return embedded.connectionProperties();
  }

  @Override
  public void stop() {
    if (embedded != null) {
      embedded.close();
    }
    if (OutageDatabaseProfile.class.getName().equals(testProfile)) {
      OutageDatabaseProfile.stop();
    }
  }

  private static String envOr(String name, String fallback) {
    String value = System.getenv(name);
    return value == null ? fallback : value;
  }

  static void deleteRecursively(Path directory) {
    if (!Files.exists(directory)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
