package io.summitgraph.mentions;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Links the mentions of a source, on a plain JDBC connection so that the same code serves the
 * ingestion service (inside its transaction) and the migration that links the seed articles.
 */
public final class MentionWriter {

  private MentionWriter() {}

  /** Every known name and alias, read in one statement. */
  public static NameDictionary dictionary(Connection connection) throws SQLException {
    NameDictionary dictionary = new NameDictionary();
    StringBuilder sql = new StringBuilder();
    for (MentionSubjectKind kind : MentionSubjectKind.values()) {
      if (!sql.isEmpty()) {
        sql.append(" union all ");
      }
      sql.append("select '")
          .append(kind.name())
          .append("', id, name, aliases from ")
          .append(kind.table);
    }
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql.toString())) {
      while (rows.next()) {
        MentionSubjectKey subject =
            new MentionSubjectKey(MentionSubjectKind.valueOf(rows.getString(1)), rows.getLong(2));
        Array aliases = rows.getArray(4);
        dictionary.add(
            subject,
            rows.getString(3),
            aliases == null ? List.of() : Arrays.asList((String[]) aliases.getArray()));
      }
    }
    return dictionary;
  }

  /**
   * Replaces the mentions of a source with those its text contains now.
   *
   * @return the number of mentions written
   */
  public static int link(Connection connection, long sourceKey, NameDictionary dictionary)
      throws SQLException {
    String text;
    try (PreparedStatement select =
        connection.prepareStatement("select text from source where id = ?")) {
      select.setLong(1, sourceKey);
      try (ResultSet rows = select.executeQuery()) {
        if (!rows.next()) {
          return 0;
        }
        text = rows.getString(1);
      }
    }
    try (PreparedStatement delete =
        connection.prepareStatement("delete from mention where source_id = ?")) {
      delete.setLong(1, sourceKey);
      delete.executeUpdate();
    }
    int written = 0;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into mention (source_id, start_offset, end_offset, text, person_id,"
                + " organization_id, country_id, location_id) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (MentionLinker.Match match : MentionLinker.link(text, dictionary)) {
        for (MentionSubjectKey subject : match.subjects()) {
          insert.setLong(1, sourceKey);
          insert.setInt(2, match.start());
          insert.setInt(3, match.end());
          insert.setString(4, match.text());
          for (MentionSubjectKind kind : MentionSubjectKind.values()) {
            int parameter = 5 + kind.ordinal();
            if (subject.kind() == kind) {
              insert.setLong(parameter, subject.key());
            } else {
              insert.setNull(parameter, java.sql.Types.BIGINT);
            }
          }
          insert.addBatch();
          written++;
        }
      }
      if (written > 0) {
        insert.executeBatch();
      }
    }
    return written;
  }
}
