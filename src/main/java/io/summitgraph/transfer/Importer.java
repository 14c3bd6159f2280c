package io.summitgraph.transfer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.summitgraph.common.ids.GlobalId;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Imports an export file in one transaction, on a plain JDBC connection whose transaction the
 * caller owns (auto-commit off): it either writes every record or reports every problem and writes
 * nothing.
 *
 * <p>First the file is checked against the schema (shape, types, IDs, references, content hashes),
 * and every problem is collected. Then the records are upserted table by table in dependency order
 * ({@code jsonb_populate_recordset}, insert or update by key, rows equal to the stored ones left
 * alone, so a second import changes nothing). If the database refuses something (a rule, a
 * uniqueness, a fact left without citation), the writes are rolled back and replayed record by
 * record under savepoints to locate every refusal, and rolled back again.
 */
final class Importer {

  private final Connection connection;
  private final TransferSchema schema;
  private final List<ImportProblem> problems = new ArrayList<>();

  /** Per table: the rows to write (keys decoded) and each one's position in the file. */
  private final Map<String, List<ObjectNode>> rows = new LinkedHashMap<>();

  private final Map<String, List<Integer>> positions = new HashMap<>();

  /** Keys the file defines, per table. */
  private final Map<String, Set<Long>> fileKeys = new HashMap<>();

  /** Where each fact key of the file is defined, for problems found at commit. */
  private final Map<Long, String> pointerOfKey = new HashMap<>();

  /** Keys of records the file defines but that have problems of their own. */
  private final Set<Long> rejectedKeys = new HashSet<>();

  /** Records already reported for a dangling reference. */
  private final Set<ObjectNode> dangling =
      java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  Importer(Connection connection) throws SQLException {
    this.connection = connection;
    this.schema = TransferSchema.read(connection);
  }

  ImportResult run(byte[] file) throws SQLException {
    JsonNode document;
    try {
      document = TransferFormat.MAPPER.readTree(new String(file, StandardCharsets.UTF_8));
    } catch (JsonProcessingException e) {
      var location = e.getLocation();
      return failed(
          new ImportProblem(
              "",
              "not valid JSON"
                  + (location == null
                      ? ""
                      : " at line " + location.getLineNr() + ", column " + location.getColumnNr())
                  + ": "
                  + e.getOriginalMessage()));
    }
    checkDocument(document);
    if (!rows.isEmpty()) {
      checkReferences();
    }
    if (!problems.isEmpty()) {
      // The records that passed are still put to the database, to report what it would refuse.
      if (!rows.isEmpty()) {
        Savepoint probe = connection.setSavepoint();
        try {
          locateRefusals(null);
        } finally {
          connection.rollback(probe);
        }
      }
      return failed();
    }
    Map<String, Integer> inserted = new TreeMap<>();
    Map<String, Integer> updated = new TreeMap<>();
    Savepoint start = connection.setSavepoint();
    try {
      for (TransferSchema.Table table : schema.tables()) {
        List<ObjectNode> tableRows = rows.getOrDefault(table.name(), List.of());
        if (!tableRows.isEmpty()) {
          int[] counts = upsert(table, tableRows);
          inserted.put(table.name(), counts[0]);
          updated.put(table.name(), counts[1]);
        }
      }
      advanceSequence();
      try (Statement statement = connection.createStatement()) {
        statement.execute("set constraints all immediate");
        statement.execute("set constraints all deferred");
      }
    } catch (SQLException e) {
      connection.rollback(start);
      locateRefusals(e);
      connection.rollback(start);
      return failed();
    }
    return new ImportResult(List.of(), inserted, updated);
  }

  private ImportResult failed(ImportProblem... more) {
    problems.addAll(List.of(more));
    return new ImportResult(List.copyOf(problems), Map.of(), Map.of());
  }

  // ---- Checking the file ----------------------------------------------------------------------

  private void checkDocument(JsonNode document) {
    if (!document.isObject()) {
      problems.add(new ImportProblem("", "the file must hold a JSON object"));
      return;
    }
    if (!TransferFormat.FORMAT.equals(document.path("format").asText(null))) {
      problems.add(new ImportProblem("/format", "must be \"" + TransferFormat.FORMAT + "\""));
    }
    if (!document.path("version").isInt()
        || document.get("version").intValue() != TransferFormat.VERSION) {
      problems.add(
          new ImportProblem(
              "/version",
              "must be " + TransferFormat.VERSION + ", the version this service reads"));
    }
    JsonNode records = document.get("records");
    if (records == null || !records.isObject()) {
      problems.add(new ImportProblem("/records", "must be an object of record arrays by table"));
      return;
    }
    for (Iterator<String> kinds = records.fieldNames(); kinds.hasNext(); ) {
      String kind = kinds.next();
      if (schema.table(kind) == null) {
        problems.add(
            new ImportProblem(
                "/records/" + escape(kind),
                "unknown kind of record; known kinds: "
                    + String.join(", ", TransferSchema.TABLES.keySet())));
      }
    }
    for (TransferSchema.Table table : schema.tables()) {
      JsonNode array = records.get(table.name());
      if (array == null) {
        continue;
      }
      String base = "/records/" + table.name();
      if (!array.isArray()) {
        problems.add(new ImportProblem(base, "must be an array of records"));
        continue;
      }
      Set<String> keys = new HashSet<>();
      for (int i = 0; i < array.size(); i++) {
        Long ownKey = registerKey(table, array.get(i), base + "/" + i);
        ObjectNode row = checkRecord(table, array.get(i), base + "/" + i);
        if (row == null && ownKey != null) {
          rejectedKeys.add(ownKey);
        }
        if (row != null) {
          String key =
              table.primaryKey().stream()
                  .map(c -> row.get(c).asText())
                  .collect(Collectors.joining(","));
          if (!keys.add(key)) {
            problems.add(
                new ImportProblem(base + "/" + i, "the same record appears twice in the file"));
            continue;
          }
          rows.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(row);
          positions.computeIfAbsent(table.name(), k -> new ArrayList<>()).add(i);
        }
      }
    }
  }

  /**
   * Notes the key a record defines, even when the record has other problems, so that references to
   * it are not reported as dangling too.
   */
  private Long registerKey(TransferSchema.Table table, JsonNode record, String pointer) {
    if (table.nodeType() == null || !record.path("id").isTextual()) {
      return null;
    }
    GlobalId id =
        GlobalId.tryDecode(record.get("id").asText())
            .filter(decoded -> decoded.type().equals(table.nodeType()))
            .orElse(null);
    if (id == null) {
      return null;
    }
    fileKeys.computeIfAbsent(table.name(), k -> new HashSet<>()).add(id.key());
    pointerOfKey.put(id.key(), pointer);
    return id.key();
  }

  /** A record checked column by column; null when it has problems (they are recorded). */
  private ObjectNode checkRecord(TransferSchema.Table table, JsonNode record, String pointer) {
    if (!record.isObject()) {
      problems.add(new ImportProblem(pointer, "must be an object"));
      return null;
    }
    int before = problems.size();
    ObjectNode row = TransferFormat.MAPPER.createObjectNode();
    for (Iterator<String> fields = record.fieldNames(); fields.hasNext(); ) {
      String field = fields.next();
      if (table.column(field) == null) {
        problems.add(
            new ImportProblem(pointer + "/" + escape(field), "unknown field of " + table.name()));
      }
    }
    for (TransferSchema.Column column : table.columns()) {
      String at = pointer + "/" + column.name();
      JsonNode value = record.get(column.name());
      if (value == null || value.isNull()) {
        boolean key = table.primaryKey().contains(column.name());
        if (key || !column.nullable() && (value != null || !column.hasDefault())) {
          problems.add(new ImportProblem(at, "is required"));
        } else if (value != null) {
          row.putNull(column.name());
        }
        continue;
      }
      JsonNode checked = checkValue(table, column, value, at);
      if (checked != null) {
        row.set(column.name(), checked);
      }
    }
    if (problems.size() == before && table.name().equals("source")) {
      String hash = sha256(row.path("text").asText());
      if (row.hasNonNull("content_hash") && !hash.equals(row.get("content_hash").asText())) {
        problems.add(
            new ImportProblem(pointer + "/content_hash", "is not the SHA-256 of the text"));
      }
    }
    return problems.size() == before ? row : null;
  }

  private JsonNode checkValue(
      TransferSchema.Table table, TransferSchema.Column column, JsonNode value, String at) {
    String referenced = table.references().get(column.name());
    boolean ownKey = column.name().equals("id") && table.nodeType() != null;
    if (ownKey || referenced != null) {
      GlobalId id = GlobalId.tryDecode(value.isTextual() ? value.asText() : null).orElse(null);
      if (id == null) {
        problems.add(new ImportProblem(at, "must be an ID"));
        return null;
      }
      String expected = ownKey ? table.nodeType() : TransferSchema.TABLES.get(referenced);
      boolean fits =
          referenced != null && referenced.equals("fact")
              ? TransferFormat.FACT_TYPES.containsValue(id.type())
              : id.type().equals(expected);
      if (!fits) {
        problems.add(
            new ImportProblem(
                at,
                "is an ID of a "
                    + id.type()
                    + ", expected "
                    + (expected == null ? "a fact" : "a " + expected)));
        return null;
      }
      return TransferFormat.MAPPER.getNodeFactory().numberNode(id.key());
    }
    boolean ok =
        switch (column.type()) {
          case "int2", "int4", "int8" -> value.canConvertToLong() && value.isIntegralNumber();
          case "float4", "float8", "numeric" -> value.isNumber();
          case "bool" -> value.isBoolean();
          case "date" -> value.isTextual() && isDate(value.asText());
          case "_text" -> value.isArray() && allStrings(value);
          default -> value.isTextual();
        };
    if (!ok) {
      problems.add(new ImportProblem(at, "must be " + describe(column.type())));
      return null;
    }
    if (value.isTextual() && value.asText().indexOf('\0') >= 0) {
      problems.add(new ImportProblem(at, "may not contain NUL characters"));
      return null;
    }
    return value;
  }

  /** Every reference must name a record of the file or a row of the database. */
  private void checkReferences() throws SQLException {
    Map<String, Set<Long>> wanted = new HashMap<>();
    for (TransferSchema.Table table : schema.tables()) {
      for (ObjectNode row : rows.getOrDefault(table.name(), List.of())) {
        table
            .references()
            .forEach(
                (column, target) -> {
                  if (row.hasNonNull(column)) {
                    wanted
                        .computeIfAbsent(target, k -> new HashSet<>())
                        .add(row.get(column).asLong());
                  }
                });
      }
    }
    Map<String, Set<Long>> stored = new HashMap<>();
    for (Map.Entry<String, Set<Long>> entry : wanted.entrySet()) {
      stored.put(entry.getKey(), existing(entry.getKey(), entry.getValue()));
    }
    Set<Long> fileFacts = new HashSet<>();
    TransferFormat.FACT_TYPES
        .keySet()
        .forEach(t -> fileFacts.addAll(fileKeys.getOrDefault(t, Set.of())));
    for (TransferSchema.Table table : schema.tables()) {
      List<ObjectNode> tableRows = rows.getOrDefault(table.name(), List.of());
      for (int r = 0; r < tableRows.size(); r++) {
        ObjectNode row = tableRows.get(r);
        for (Map.Entry<String, String> reference : table.references().entrySet()) {
          String column = reference.getKey();
          String target = reference.getValue();
          if (!row.hasNonNull(column)) {
            continue;
          }
          long key = row.get(column).asLong();
          boolean inFile =
              target.equals("fact")
                  ? fileFacts.contains(key)
                  : fileKeys.getOrDefault(target, Set.of()).contains(key);
          if (!inFile && !stored.getOrDefault(target, Set.of()).contains(key)) {
            dangling.add(row);
            problems.add(
                new ImportProblem(
                    "/records/"
                        + table.name()
                        + "/"
                        + positions.get(table.name()).get(r)
                        + "/"
                        + column,
                    "refers to a record that is neither in the file nor in the database"));
          }
        }
      }
    }
  }

  private Set<Long> existing(String table, Set<Long> keys) throws SQLException {
    Set<Long> found = new HashSet<>();
    try (PreparedStatement statement =
        connection.prepareStatement("select id from " + table + " where id = any(?)")) {
      Array array = connection.createArrayOf("bigint", keys.toArray());
      statement.setArray(1, array);
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          found.add(result.getLong(1));
        }
      }
    }
    return found;
  }

  // ---- Writing ----------------------------------------------------------------------------------

  /** Inserts or updates the rows; returns {inserted, updated}. */
  private int[] upsert(TransferSchema.Table table, List<ObjectNode> tableRows) throws SQLException {
    ArrayNode array = TransferFormat.MAPPER.createArrayNode();
    tableRows.forEach(array::add);
    int[] counts = new int[2];
    try (PreparedStatement statement = connection.prepareStatement(upsertSql(table, tableRows))) {
      statement.setString(1, array.toString());
      try (ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          counts[result.getBoolean(1) ? 0 : 1]++;
        }
      }
    }
    return counts;
  }

  /**
   * {@code insert … select from jsonb_populate_recordset … on conflict (key) do update … where the
   * row differs}. Only columns the records carry are written, so a database default fills a column
   * the file leaves out.
   */
  private static String upsertSql(TransferSchema.Table table, List<ObjectNode> tableRows) {
    List<String> columns =
        table.columns().stream()
            .map(TransferSchema.Column::name)
            .filter(name -> tableRows.stream().anyMatch(row -> row.has(name)))
            .toList();
    List<String> values = columns.stream().filter(c -> !table.primaryKey().contains(c)).toList();
    String list = String.join(", ", columns);
    StringBuilder sql =
        new StringBuilder("insert into ")
            .append(table.name())
            .append(" as t (")
            .append(list)
            .append(") select ")
            .append(list)
            .append(" from jsonb_populate_recordset(null::")
            .append(table.name())
            .append(", cast(? as jsonb)) on conflict (")
            .append(String.join(", ", table.primaryKey()))
            .append(") do ");
    if (values.isEmpty()) {
      sql.append("nothing");
    } else {
      sql.append("update set ")
          .append(
              values.stream().map(c -> c + " = excluded." + c).collect(Collectors.joining(", ")));
      if (table.versioned()) {
        sql.append(", version = t.version + 1");
      }
      sql.append(" where (")
          .append(values.stream().map(c -> "t." + c).collect(Collectors.joining(", ")))
          .append(") is distinct from (")
          .append(values.stream().map(c -> "excluded." + c).collect(Collectors.joining(", ")))
          .append(")");
    }
    return sql.append(" returning (xmax = 0)").toString();
  }

  /** New keys came from the file: the shared sequence must not hand them out again. */
  private void advanceSequence() throws SQLException {
    String maxima =
        TransferSchema.TABLES.entrySet().stream()
            .filter(e -> e.getValue() != null)
            .map(e -> "(select max(id) from " + e.getKey() + ")")
            .collect(Collectors.joining(", "));
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "select setval('fact_id_seq', greatest((select last_value from fact_id_seq), "
              + maxima
              + "))");
    }
  }

  /**
   * Replays the writes record by record to find every one the database refuses. With {@code first}
   * null the file has problems already: records already reported, or referring to a record that
   * was, are left out, and facts are not checked for citations (theirs may be among those).
   */
  private void locateRefusals(SQLException first) throws SQLException {
    int before = problems.size();
    for (TransferSchema.Table table : schema.tables()) {
      List<ObjectNode> tableRows = rows.getOrDefault(table.name(), List.of());
      for (int r = 0; r < tableRows.size(); r++) {
        ObjectNode row = tableRows.get(r);
        if (dangling.contains(row)
            || table.references().keySet().stream()
                .anyMatch(c -> row.hasNonNull(c) && rejectedKeys.contains(row.get(c).asLong()))) {
          continue;
        }
        Savepoint savepoint = connection.setSavepoint();
        try {
          upsert(table, List.of(tableRows.get(r)));
          connection.releaseSavepoint(savepoint);
        } catch (SQLException e) {
          connection.rollback(savepoint);
          problems.add(
              new ImportProblem(
                  "/records/" + table.name() + "/" + positions.get(table.name()).get(r),
                  databaseMessage(e)));
        }
      }
    }
    if (first == null) {
      return;
    }
    // Facts written without any citation (checked by the database only at commit).
    try (Statement statement = connection.createStatement();
        ResultSet uncited =
            statement.executeQuery(
                "select f.id from fact f where not exists"
                    + " (select 1 from citation c where c.fact_id = f.id) order by f.id")) {
      while (uncited.next()) {
        String pointer = pointerOfKey.get(uncited.getLong(1));
        if (pointer != null) {
          problems.add(
              new ImportProblem(pointer, "this fact has no citation in the file or the database"));
        }
      }
    }
    if (problems.size() == before) {
      problems.add(
          new ImportProblem("", "the database refused the import: " + databaseMessage(first)));
    }
  }

  /** The database's own sentence, without its severity prefix or the row dump. */
  private static String databaseMessage(SQLException e) {
    String message = e.getMessage() == null ? "refused" : e.getMessage();
    int newline = message.indexOf('\n');
    if (newline >= 0) {
      message = message.substring(0, newline);
    }
    return "refused by the database: " + message.replaceFirst("^ERROR:\\s*", "");
  }

  // ---- Helpers ----------------------------------------------------------------------------------

  private static boolean isDate(String value) {
    try {
      LocalDate.parse(value);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static boolean allStrings(JsonNode array) {
    for (JsonNode element : array) {
      if (!element.isTextual()) {
        return false;
      }
    }
    return true;
  }

  private static String describe(String type) {
    return switch (type) {
      case "int2", "int4", "int8" -> "an integer";
      case "float4", "float8", "numeric" -> "a number";
      case "bool" -> "true or false";
      case "date" -> "a date written YYYY-MM-DD";
      case "_text" -> "an array of strings";
      default -> "a string";
    };
  }

  /** JSON pointer escaping (RFC 6901). */
  private static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
