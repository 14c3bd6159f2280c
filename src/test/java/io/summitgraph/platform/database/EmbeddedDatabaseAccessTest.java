package io.summitgraph.platform.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL is private: only password (SCRAM) connections over loopback, passwords
 * generated and kept owner-only in the data directory, and the service connects as a role that is
 * no superuser but owns its schema. A data directory from before (trust, superuser only) is brought
 * to the same state on its next start, its data intact.
 */
class EmbeddedDatabaseAccessTest {

  @TempDir Path work;

  @Test
  void aNewServerTakesPasswordsOnlyAndTheServiceIsNoSuperuser() throws Exception {
    Path data = work.resolve("postgres");
    EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
    try {
      assertPrivate(database, data);
    } finally {
      database.close();
    }
    // The next start finds its passwords and is just as private.
    EmbeddedDatabase again = EmbeddedDatabase.start(data, 0);
    try {
      assertPrivate(again, data);
    } finally {
      again.close();
    }
  }

  @Test
  void aDataDirectoryFromBeforePasswordsIsSecuredAndKeepsItsData() throws Exception {
    Path data = work.resolve("legacy");
    Files.createDirectories(data);
    // As the service used to run it: the library's defaults, loopback trusted as the superuser.
    try (EmbeddedPostgres old =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setOverrideWorkingDirectory(work.resolve("bin").toFile())
            .setRegisterShutdownHook(false)
            .start()) {
      try (Connection connection = old.getPostgresDatabase().getConnection();
          Statement statement = connection.createStatement()) {
        statement.execute("create table kept (note text)");
        statement.execute("insert into kept values ('written before passwords')");
      }
    }
    assertThat(Files.readString(data.resolve("pg_hba.conf"))).containsPattern("(?m)^host.*trust");

    EmbeddedDatabase database = EmbeddedDatabase.start(data, 0);
    try {
      assertPrivate(database, data);
      try (Connection service = asService(database);
          Statement statement = service.createStatement();
          ResultSet row = statement.executeQuery("select note from kept")) {
        row.next();
        assertThat(row.getString(1)).isEqualTo("written before passwords");
        // The table made by the superuser now belongs to the service's role.
        statement.execute("alter table kept add column since date");
      }
    } finally {
      database.close();
    }
  }

  private static void assertPrivate(EmbeddedDatabase database, Path data) throws Exception {
    Path credentials = data.resolve(EmbeddedDatabaseAccess.CREDENTIALS_FILE);
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
        .isEqualTo("rw-------");
    List<String> rules =
        Files.readAllLines(data.resolve("pg_hba.conf")).stream()
            .filter(line -> !line.isBlank() && !line.startsWith("#"))
            .toList();
    assertThat(rules).isNotEmpty().allMatch(line -> line.trim().endsWith("scram-sha-256"));

    String url = database.jdbcUrl();
    Map.Entry<String, String> superuser = database.superuser();
    assertThatThrownBy(() -> DriverManager.getConnection(url, superuser.getKey(), "").close())
        .isInstanceOf(SQLException.class);
    assertThatThrownBy(() -> DriverManager.getConnection(url, superuser.getKey(), "guess").close())
        .isInstanceOf(SQLException.class)
        .hasMessageContaining("password authentication failed");
    try (Connection admin =
            DriverManager.getConnection(url, superuser.getKey(), superuser.getValue());
        Statement statement = admin.createStatement();
        ResultSet listen = statement.executeQuery("show listen_addresses")) {
      listen.next();
      assertThat(listen.getString(1)).isEqualTo("localhost");
    }

    try (Connection service = asService(database);
        Statement statement = service.createStatement();
        ResultSet role =
            statement.executeQuery(
                "select rolsuper, rolcreatedb, rolcreaterole,"
                    + " (select nspowner::regrole::text from pg_namespace where nspname = 'public')"
                    + " from pg_roles where rolname = current_user")) {
      role.next();
      assertThat(role.getBoolean(1)).as("superuser").isFalse();
      assertThat(role.getBoolean(2)).as("createdb").isFalse();
      assertThat(role.getBoolean(3)).as("createrole").isFalse();
      assertThat(role.getString(4)).isEqualTo(EmbeddedDatabaseAccess.SERVICE_ROLE);
      assertThatThrownBy(() -> statement.execute("create database not_for_the_service"))
          .isInstanceOf(SQLException.class);
      // What the synthetic loader needs, granted on its own.
      statement.execute("set session_replication_role = replica");
    }
  }

  private static Connection asService(EmbeddedDatabase database) throws SQLException {
    Map<String, String> properties = database.connectionProperties();
    return DriverManager.getConnection(
        properties.get("quarkus.datasource.jdbc.url"),
        properties.get("quarkus.datasource.username"),
        properties.get("quarkus.datasource.password"));
  }
}
