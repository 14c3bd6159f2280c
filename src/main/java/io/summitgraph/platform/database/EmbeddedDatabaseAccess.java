package io.summitgraph.platform.database;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Base64;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import javax.sql.DataSource;
import org.jboss.logging.Logger;

/**
 * Who may connect to the embedded PostgreSQL, and as what. Two generated passwords, kept in the
 * data directory in a file only its owner can read: the superuser's ({@code postgres}, used only to
 * set up access at start) and the service's. The service connects as {@link #SERVICE_ROLE}, which
 * is no superuser but owns the {@code public} schema and everything in it (so migrations run as it
 * too) and may set {@code session_replication_role} (the synthetic loader needs it). {@code
 * pg_hba.conf} accepts passwords only (SCRAM), over loopback or the Unix socket: no {@code trust}.
 *
 * <p>A data directory made by an older version (trust, no passwords) is brought to this state on
 * its next start.
 */
final class EmbeddedDatabaseAccess {

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseAccess.class);

  static final String SUPERUSER = "postgres";
  static final String SERVICE_ROLE = "summitgraph";

  /** The file in the data directory that holds the passwords. */
  static final String CREDENTIALS_FILE = "summitgraph-credentials.properties";

  private static final Set<PosixFilePermission> OWNER_ONLY =
      PosixFilePermissions.fromString("rw-------");

  private static final String HBA =
      """
      # Written by SummitGraph at every start (platform/EmbeddedDatabaseAccess): passwords only
      # (SCRAM), over the Unix socket or loopback; the passwords are in %s.
      local   all   all                  scram-sha-256
      host    all   all   127.0.0.1/32   scram-sha-256
      host    all   all   ::1/128        scram-sha-256
      """
          .formatted(CREDENTIALS_FILE);

  private final String superuserPassword;
  private final String servicePassword;

  private EmbeddedDatabaseAccess(String superuserPassword, String servicePassword) {
    this.superuserPassword = superuserPassword;
    this.servicePassword = servicePassword;
  }

  /** The passwords kept in the data directory, if it has them. */
  static Optional<EmbeddedDatabaseAccess> stored(Path dataDirectory) {
    Path file = dataDirectory.resolve(CREDENTIALS_FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    Properties properties = new Properties();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      properties.load(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
    String superuser = properties.getProperty("superuser.password");
    String service = properties.getProperty("service.password");
    if (superuser == null || service == null) {
      throw new IllegalStateException(file + " lacks a password; restore it from a backup");
    }
    return Optional.of(new EmbeddedDatabaseAccess(superuser, service));
  }

  /** New random passwords. */
  static EmbeddedDatabaseAccess generate() {
    return new EmbeddedDatabaseAccess(randomPassword(), randomPassword());
  }

  String superuserPassword() {
    return superuserPassword;
  }

  String servicePassword() {
    return servicePassword;
  }

  /** Writes the superuser's password alone to an owner-only file, for initdb's {@code --pwfile}. */
  Path writeSuperuserPasswordFile(Path directory) throws IOException {
    Path file =
        Files.createTempFile(
            directory, "initdb-", ".pw", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    Files.writeString(file, superuserPassword + "\n", StandardCharsets.UTF_8);
    return file;
  }

  /** Keeps the passwords in the data directory, readable by its owner only. */
  void store(Path dataDirectory) {
    Path target = dataDirectory.resolve(CREDENTIALS_FILE);
    try {
      Path written =
          Files.createTempFile(
              dataDirectory,
              "credentials-",
              ".tmp",
              PosixFilePermissions.asFileAttribute(OWNER_ONLY));
      Properties properties = new Properties();
      properties.setProperty("superuser.password", superuserPassword);
      properties.setProperty("service.password", servicePassword);
      try (Writer writer = Files.newBufferedWriter(written, StandardCharsets.UTF_8)) {
        properties.store(
            writer,
            "SummitGraph's embedded PostgreSQL: roles " + SUPERUSER + " and " + SERVICE_ROLE);
      }
      Files.move(
          written, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + target, e);
    }
  }

  /**
   * Run as the superuser once the server is up: passwords only in {@code pg_hba.conf}, the
   * service's role with its password and its schema. Idempotent, and quick when nothing is to
   * change.
   *
   * @param legacy a data directory from before passwords: the superuser gets its password here
   */
  void secure(Path dataDirectory, DataSource superuser, boolean legacy) throws SQLException {
    try (Connection connection = superuser.getConnection();
        Statement statement = connection.createStatement()) {
      if (legacy) {
        statement.execute(
            "alter role " + SUPERUSER + " with password " + literal(superuserPassword));
        store(dataDirectory);
        LOG.infof("The embedded PostgreSQL now requires passwords (kept in %s)", CREDENTIALS_FILE);
      }
      statement.execute(
          """
          do $$ begin
            if not exists (select from pg_roles where rolname = '%1$s') then
              create role %1$s login nosuperuser nocreatedb nocreaterole;
            end if;
          end $$"""
              .formatted(SERVICE_ROLE));
      statement.execute(
          "alter role "
              + SERVICE_ROLE
              + " with login nosuperuser nocreatedb nocreaterole password "
              + literal(servicePassword));
      statement.execute("grant connect, create, temporary on database postgres to " + SERVICE_ROLE);
      statement.execute("grant set on parameter session_replication_role to " + SERVICE_ROLE);
      statement.execute("alter schema public owner to " + SERVICE_ROLE);
      // What an older version created as the superuser passes to the service's role (the
      // extensions' own objects stay with their extension).
      statement.execute(
          """
          do $$ declare item record; begin
            for item in
              select format('alter table %%s owner to %1$s', c.oid::regclass) as command
              from pg_class c
              where c.relnamespace = 'public'::regnamespace and c.relowner = '%2$s'::regrole
                and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
                and not exists (select from pg_depend d where d.classid = 'pg_class'::regclass
                                and d.objid = c.oid and d.deptype = 'e')
              union all
              select format('alter routine %%s owner to %1$s', p.oid::regprocedure)
              from pg_proc p
              where p.pronamespace = 'public'::regnamespace and p.proowner = '%2$s'::regrole
                and not exists (select from pg_depend d where d.classid = 'pg_proc'::regclass
                                and d.objid = p.oid and d.deptype = 'e')
              union all
              select format('alter type %%s owner to %1$s', t.oid::regtype)
              from pg_type t
              where t.typnamespace = 'public'::regnamespace and t.typowner = '%2$s'::regrole
                and t.typtype in ('e', 'd')
                and not exists (select from pg_depend d where d.classid = 'pg_type'::regclass
                                and d.objid = t.oid and d.deptype = 'e')
            loop
              execute item.command;
            end loop;
          end $$"""
              .formatted(SERVICE_ROLE, SUPERUSER));
      Path hba = dataDirectory.resolve("pg_hba.conf");
      if (!Files.readString(hba, StandardCharsets.UTF_8).equals(HBA)) {
        Files.writeString(hba, HBA, StandardCharsets.UTF_8);
        statement.execute("select pg_reload_conf()");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write pg_hba.conf in " + dataDirectory, e);
    }
  }

  private static String literal(String password) {
    // Generated passwords are base64url: no quote can occur; checked anyway.
    if (!password.matches("[A-Za-z0-9_-]+")) {
      throw new IllegalStateException("Unexpected characters in a stored password");
    }
    return "'" + password + "'";
  }

  private static String randomPassword() {
    byte[] bytes = new byte[24];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
