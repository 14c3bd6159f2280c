package io.summitgraph.common.mutations;

import java.sql.SQLException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/**
 * The database's own rules (triggers and constraints) as user errors: the services check them first
 * with precise messages, and this is the backstop for a write that still breaks one (for example a
 * concurrent change between the check and the write). Keyed on constraint or trigger names and
 * SQLSTATE, never on message text; nothing of the SQL reaches the client.
 */
final class DatabaseRules {

  private static final String UNIQUE_VIOLATION = "23505";
  private static final String CHECK_VIOLATION = "23514";
  private static final String SERIALIZATION_FAILURE = "40001";

  private DatabaseRules() {}

  /** The user error for a rule the database refused, or null when {@code e} is something else. */
  static UserError translate(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          UserError error = translate(next);
          if (error != null) {
            return error;
          }
        }
      }
    }
    return null;
  }

  private static UserError translate(SQLException e) {
    ServerErrorMessage server =
        e instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    String constraint = server == null ? null : server.getConstraint();
    if ("citation_excerpt_verbatim".equals(constraint)) {
      return UserError.of(
          UserErrorCode.NOT_VERBATIM,
          "The excerpt does not occur verbatim, as whole words, in the source's text.",
          "input",
          "citation",
          "excerpt");
    }
    if ("fact_cited".equals(constraint)) {
      return UserError.of(
          UserErrorCode.RULE_VIOLATION, "Every fact must keep at least one citation.", "input");
    }
    String state = e.getSQLState();
    if (UNIQUE_VIOLATION.equals(state)) {
      return UserError.of(
          UserErrorCode.DUPLICATE, "The change would duplicate a record that exists.", "input");
    }
    if (CHECK_VIOLATION.equals(state)) {
      return UserError.of(
          UserErrorCode.INVALID, "The change breaks a rule of the data model.", "input");
    }
    if (SERIALIZATION_FAILURE.equals(state)) {
      return UserError.of(
          UserErrorCode.CONFLICT,
          "Someone else changed this record at the same time; read it again and retry.",
          "input",
          "version");
    }
    return null;
  }
}
