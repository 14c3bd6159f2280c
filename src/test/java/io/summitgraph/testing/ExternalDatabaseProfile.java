package io.summitgraph.testing;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

/**
 * Runs a test against an external PostgreSQL server (the path a deployment with a configured URL
 * takes) instead of the embedded one: {@code SUMMITGRAPH_EXTERNAL_DB_HOST}/{@code _PORT}/{@code
 * _USER}/{@code _PASSWORD}, by default the server on 127.0.0.1:5432 with user postgres. A fresh
 * database is created for each run.
 */
public class ExternalDatabaseProfile implements QuarkusTestProfile {

  /** One database per checkout, so test runs in several working copies never drop each other's. */
  static final String DATABASE =
      "summitgraph_external_test_"
          + Integer.toHexString(Path.of("").toAbsolutePath().toString().hashCode());

  static String host() {
    return env("SUMMITGRAPH_EXTERNAL_DB_HOST", "127.0.0.1");
  }

  static int port() {
    return Integer.parseInt(env("SUMMITGRAPH_EXTERNAL_DB_PORT", "5432"));
  }

  static String user() {
    return env("SUMMITGRAPH_EXTERNAL_DB_USER", "postgres");
  }

  static String password() {
    return env("SUMMITGRAPH_EXTERNAL_DB_PASSWORD", "");
  }

  /**
   * Whether an external server answers; tests using this profile are skipped, with a message, when
   * not.
   */
  public static boolean serverReachable() {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(host(), port()), 1000);
      return true;
    } catch (Exception e) {
      System.err.printf(
          "SKIPPED: no PostgreSQL server at %s:%d, so the external-database path is not tested%n",
          host(), port());
      return false;
    }
  }

  /** Creates an empty database for the run and returns the datasource settings pointing at it. */
  static Map<String, String> freshDatabase() {
    String server = "jdbc:postgresql://" + host() + ":" + port() + "/";
    try (Connection connection =
            DriverManager.getConnection(server + "postgres", user(), password());
        Statement statement = connection.createStatement()) {
      statement.execute("drop database if exists " + DATABASE + " with (force)");
      statement.execute("create database " + DATABASE);
    } catch (SQLException e) {
      throw new IllegalStateException("Cannot prepare the external test database", e);
    }
    return Map.of(
        "quarkus.datasource.jdbc.url", server + DATABASE,
        "quarkus.datasource.username", user(),
        "quarkus.datasource.password", password());
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
