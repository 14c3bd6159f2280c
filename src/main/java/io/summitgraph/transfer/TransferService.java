package io.summitgraph.transfer;

import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * Export and import of the knowledge base (docs/export-format.md), each on its own connection and
 * transaction: an export reads one consistent snapshot; an import commits everything or nothing.
 */
@ApplicationScoped
@Unremovable
public class TransferService {

  @Inject AgroalDataSource dataSource;

  /**
   * The whole knowledge base, or what one source supports when {@code sourceId} is given.
   *
   * @throws IllegalArgumentException when {@code sourceId} names no source
   */
  public byte[] export(String sourceId) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      try {
        withoutStatementTimeout(connection);
        Exporter exporter = new Exporter(connection);
        return TransferFormat.write(
            sourceId == null ? exporter.exportAll() : exporter.exportSource(sourceId));
      } finally {
        connection.rollback();
        connection.setReadOnly(false);
        connection.setAutoCommit(true);
      }
    }
  }

  /** Imports a file: commits when it has no problem, otherwise writes nothing. */
  public ImportResult importFile(byte[] file) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        withoutStatementTimeout(connection);
        ImportResult result = new Importer(connection).run(file);
        if (result.succeeded()) {
          connection.commit();
        } else {
          connection.rollback();
        }
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    }
  }

  /**
   * Exports and imports are operator commands over the whole knowledge base, not API queries: the
   * API's statement timeout (summitgraph.db.statement-timeout) does not bound them.
   */
  private static void withoutStatementTimeout(Connection connection) throws SQLException {
    try (var statement = connection.createStatement()) {
      statement.execute("set local statement_timeout = 0");
    }
  }
}
