package io.summitgraph.synthetic;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import org.postgresql.copy.CopyManager;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * Streams rows into one {@code COPY ... FROM STDIN} in PostgreSQL's text format: values are
 * tab-separated, escaped, {@code \N} for null.
 */
final class CopyWriter implements AutoCloseable {

  private final PGCopyOutputStream stream;
  private final OutputStream out;
  private final StringBuilder row = new StringBuilder(256);
  private boolean first = true;

  private CopyWriter(PGCopyOutputStream stream) {
    this.stream = stream;
    this.out = new java.io.BufferedOutputStream(stream, 1 << 20);
  }

  /**
   * @param target the table and its columns, named explicitly so columns added later (with
   *     defaults) do not break the load
   */
  static CopyWriter open(CopyManager copy, String target) throws SQLException {
    return new CopyWriter(new PGCopyOutputStream(copy.copyIn("copy " + target + " from stdin")));
  }

  CopyWriter value(Object value) {
    if (!first) {
      row.append('\t');
    }
    first = false;
    if (value == null) {
      row.append("\\N");
      return this;
    }
    String text = value.toString();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '\\' -> row.append("\\\\");
        case '\t' -> row.append("\\t");
        case '\n' -> row.append("\\n");
        case '\r' -> row.append("\\r");
        default -> row.append(c);
      }
    }
    return this;
  }

  void endRow() throws SQLException {
    row.append('\n');
    try {
      out.write(row.toString().getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new SQLException("COPY failed", e);
    }
    row.setLength(0);
    first = true;
  }

  @Override
  public void close() throws SQLException {
    try {
      out.flush();
      stream.endCopy();
    } catch (IOException e) {
      throw new SQLException("COPY failed", e);
    }
  }
}
