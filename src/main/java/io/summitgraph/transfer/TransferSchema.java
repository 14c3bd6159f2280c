package io.summitgraph.transfer;

import io.summitgraph.facts.FactKind;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The tables of the knowledge base in dependency order, and what the database catalog says about
 * their columns. The format follows the schema: a record holds its table's columns (less the
 * volatile ones), so a column added by a migration is exported and imported with no code change.
 */
final class TransferSchema {

  /**
   * Every exported table, parents before children. A fact table's rows have its kind's GraphQL type
   * ({@link FactKind}); the other tables' rows have the type of {@link #OTHER_TYPES}, or no IDs.
   */
  private static final List<String> ORDER =
      List.of(
          "country",
          "organization",
          "location",
          "person",
          "source",
          "person_role",
          "event",
          "participation",
          "event_relation",
          "agreement",
          "commitment",
          "commitment_party",
          "commitment_location",
          "sanction",
          "humanitarian_statistic",
          "quote",
          "stance",
          "stance_holder",
          "relationship",
          "relationship_party",
          "citation",
          "citation_reported_via",
          "dispute",
          "dispute_claim",
          "inference",
          "mention",
          "fact_redirect");

  /** The GraphQL types of the rows of the exported tables that are not facts. */
  private static final Map<String, String> OTHER_TYPES =
      Map.of(
          "source",
          "Source",
          "citation",
          "Citation",
          "dispute",
          "Dispute",
          "inference",
          "Inference",
          "mention",
          "Mention");

  /** Every exported table, parents before children, with the GraphQL type of its rows' IDs. */
  static final Map<String, String> TABLES = new LinkedHashMap<>();

  static {
    for (String table : ORDER) {
      TABLES.put(
          table, FactKind.ofTable(table).map(FactKind::graphQLType).orElse(OTHER_TYPES.get(table)));
    }
  }

  /**
   * Tables that are not knowledge: Flyway's history, the fact registry its triggers keep, the
   * persisted GraphQL documents (the API's operations, registered by clients and operators) and the
   * clients' cost budgets.
   */
  static final Set<String> NOT_EXPORTED =
      Set.of("flyway_schema_history", "fact", "persisted_document", "client_budget");

  /**
   * Columns that change on every write and say nothing about the knowledge: the optimistic-lock
   * version. Imports bump it on the rows they change, as any write does.
   */
  static final Set<String> VOLATILE = Set.of("version");

  /** A column as the catalog describes it. */
  record Column(String name, String type, boolean nullable, boolean hasDefault) {}

  /** A table: its exported columns in order, its key and the tables its columns refer to. */
  record Table(
      String name,
      String nodeType,
      List<Column> columns,
      List<String> primaryKey,
      Map<String, String> references,
      boolean versioned) {

    Column column(String name) {
      return columns.stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    /** The column holding the row a link row belongs to (e.g. commitment_party.commitment_id). */
    String owner() {
      return primaryKey.get(0);
    }
  }

  private final Map<String, Table> tables;

  private TransferSchema(Map<String, Table> tables) {
    this.tables = tables;
  }

  Iterable<Table> tables() {
    return tables.values();
  }

  Table table(String name) {
    return tables.get(name);
  }

  static TransferSchema read(Connection connection) throws SQLException {
    Map<String, Table> tables = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : TABLES.entrySet()) {
      String table = entry.getKey();
      List<Column> columns = new ArrayList<>();
      boolean versioned = false;
      // Generated columns (the stored search documents) are derived from the others: not exported.
      try (PreparedStatement statement =
          connection.prepareStatement(
              "select column_name, udt_name, is_nullable = 'YES', column_default is not null"
                  + " from information_schema.columns where table_schema = current_schema()"
                  + " and table_name = ? and is_generated = 'NEVER' order by ordinal_position")) {
        statement.setString(1, table);
        try (ResultSet rows = statement.executeQuery()) {
          while (rows.next()) {
            String name = rows.getString(1);
            if (VOLATILE.contains(name)) {
              versioned = true;
              continue;
            }
            columns.add(
                new Column(name, rows.getString(2), rows.getBoolean(3), rows.getBoolean(4)));
          }
        }
      }
      if (columns.isEmpty()) {
        throw new IllegalStateException("Table " + table + " is missing from the database");
      }
      tables.put(
          table,
          new Table(
              table,
              entry.getValue(),
              columns,
              primaryKey(connection, table),
              references(connection, table),
              versioned));
    }
    return new TransferSchema(tables);
  }

  /** Tables of the schema that are neither exported nor deliberately left out. */
  static List<String> unlisted(Connection connection) throws SQLException {
    List<String> unlisted = new ArrayList<>();
    try (PreparedStatement statement =
            connection.prepareStatement(
                "select table_name from information_schema.tables where table_schema ="
                    + " current_schema() and table_type = 'BASE TABLE' order by table_name");
        ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        String table = rows.getString(1);
        if (!TABLES.containsKey(table) && !NOT_EXPORTED.contains(table)) {
          unlisted.add(table);
        }
      }
    }
    return unlisted;
  }

  private static List<String> primaryKey(Connection connection, String table) throws SQLException {
    List<String> key = new ArrayList<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select a.attname from pg_index i"
                + " join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)"
                + " where i.indrelid = cast(? as regclass) and i.indisprimary"
                + " order by array_position(i.indkey, a.attnum)")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          key.add(rows.getString(1));
        }
      }
    }
    return key;
  }

  /** Single-column foreign keys: column → referenced table. */
  private static Map<String, String> references(Connection connection, String table)
      throws SQLException {
    Map<String, String> references = new LinkedHashMap<>();
    try (PreparedStatement statement =
        connection.prepareStatement(
            "select a.attname, c.confrelid::regclass::text from pg_constraint c"
                + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = c.conkey[1]"
                + " where c.conrelid = cast(? as regclass) and c.contype = 'f'"
                + " and cardinality(c.conkey) = 1")) {
      statement.setString(1, table);
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          references.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return references;
  }
}
