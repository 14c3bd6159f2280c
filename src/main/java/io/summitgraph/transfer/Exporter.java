package io.summitgraph.transfer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.summitgraph.common.ids.GlobalId;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the knowledge base (or what one source supports) into the export format, on a plain JDBC
 * connection. Rows are read as {@code to_jsonb(row)}, in key order; keys and references become
 * global IDs.
 */
final class Exporter {

  private final Connection connection;
  private final TransferSchema schema;
  private final Map<String, List<ObjectNode>> rows = new LinkedHashMap<>();
  private final Map<String, Map<Long, ObjectNode>> byId = new HashMap<>();
  private final Map<Long, String> factKinds = new HashMap<>();

  Exporter(Connection connection) throws SQLException {
    this.connection = connection;
    this.schema = TransferSchema.read(connection);
  }

  /** The whole knowledge base. */
  ObjectNode exportAll() throws SQLException {
    load();
    return document(null, null);
  }

  /**
   * One source, its citations and mentions, the facts they cite or name, and what those need to be
   * valid on their own: the rows they refer to, one citation for every fact (the source's own where
   * it has one) with its source, and a fact's parts (parties, places, holders, reporting chains).
   *
   * @throws IllegalArgumentException when no source has this ID
   */
  ObjectNode exportSource(String sourceId) throws SQLException {
    GlobalId id =
        GlobalId.tryDecode(sourceId)
            .filter(decoded -> decoded.type().equals("Source"))
            .orElseThrow(() -> new IllegalArgumentException("Not a Source ID: " + sourceId));
    load();
    ObjectNode source = byId.get("source").get(id.key());
    if (source == null) {
      throw new IllegalArgumentException("No source has the ID " + sourceId);
    }
    return document(sourceId, new Closure(id.key()).compute(source));
  }

  private void load() throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet kinds = statement.executeQuery("select id, kind from fact")) {
      while (kinds.next()) {
        factKinds.put(kinds.getLong(1), kinds.getString(2));
      }
    }
    for (TransferSchema.Table table : schema.tables()) {
      List<ObjectNode> tableRows = new ArrayList<>();
      Map<Long, ObjectNode> tableById = new HashMap<>();
      try (PreparedStatement statement =
              connection.prepareStatement(
                  "select to_jsonb(t)::text from "
                      + table.name()
                      + " t order by "
                      + String.join(", ", table.primaryKey()));
          ResultSet result = statement.executeQuery()) {
        while (result.next()) {
          ObjectNode row = (ObjectNode) TransferFormat.MAPPER.readTree(result.getString(1));
          tableRows.add(row);
          if (row.hasNonNull("id") && table.nodeType() != null) {
            tableById.put(row.get("id").asLong(), row);
          }
        }
      } catch (IOException e) {
        throw new SQLException("Unreadable row of " + table.name(), e);
      }
      rows.put(table.name(), tableRows);
      byId.put(table.name(), tableById);
    }
  }

  private ObjectNode document(String sourceId, Map<String, Set<ObjectNode>> included) {
    ObjectNode document = TransferFormat.MAPPER.createObjectNode();
    document.put("format", TransferFormat.FORMAT);
    document.put("version", TransferFormat.VERSION);
    if (sourceId != null) {
      document.put("source", sourceId);
    }
    ObjectNode records = document.putObject("records");
    for (TransferSchema.Table table : schema.tables()) {
      ArrayNode array = records.putArray(table.name());
      for (ObjectNode row : rows.get(table.name())) {
        if (included == null || included.get(table.name()).contains(row)) {
          array.add(record(table, row));
        }
      }
    }
    return document;
  }

  /** A row as a record: the exported columns in table order, keys and references as IDs. */
  private ObjectNode record(TransferSchema.Table table, ObjectNode row) {
    ObjectNode record = TransferFormat.MAPPER.createObjectNode();
    for (TransferSchema.Column column : table.columns()) {
      JsonNode value = row.get(column.name());
      String type = idType(table, column.name(), value);
      if (type != null && value != null && !value.isNull()) {
        record.put(column.name(), GlobalId.encode(type, value.asLong()));
      } else {
        record.set(column.name(), value == null ? record.nullNode() : value);
      }
    }
    return record;
  }

  /** The ID type a key or reference column holds, or null for a plain value. */
  private String idType(TransferSchema.Table table, String column, JsonNode value) {
    if (column.equals("id") && table.nodeType() != null) {
      return table.nodeType();
    }
    String referenced = table.references().get(column);
    if (referenced == null) {
      return null;
    }
    if (referenced.equals("fact")) {
      return value == null || value.isNull()
          ? null
          : TransferFormat.FACT_TYPES.get(factKinds.get(value.asLong()));
    }
    return TransferSchema.TABLES.get(referenced);
  }

  private ObjectNode referenced(TransferSchema.Table table, String column, long key) {
    String referenced = table.references().get(column);
    if (referenced.equals("fact")) {
      referenced = factKinds.get(key);
    }
    Map<Long, ObjectNode> target = referenced == null ? null : byId.get(referenced);
    return target == null ? null : target.get(key);
  }

  /** What one source supports, closed over everything it needs. */
  private final class Closure {

    private final long source;
    private final Map<String, Set<ObjectNode>> included = new HashMap<>();
    private final Map<ObjectNode, String> tableOf = new IdentityHashMap<>();
    private final List<ObjectNode> queue = new ArrayList<>();
    private final Set<Long> cited = new java.util.HashSet<>();
    private final Map<Long, List<ObjectNode>> citationsByFact = new HashMap<>();

    /** The parts of a record (commitment parties, stance holders, …) by owner table and key. */
    private final Map<String, Map<Long, List<ObjectNode>>> partsByOwner = new HashMap<>();

    Closure(long source) {
      this.source = source;
      for (TransferSchema.Table table : schema.tables()) {
        included.put(table.name(), Collections.newSetFromMap(new IdentityHashMap<>()));
        rows.get(table.name()).forEach(row -> tableOf.put(row, table.name()));
      }
      for (TransferSchema.Table part : schema.tables()) {
        if (part.nodeType() == null && !part.name().equals("dispute_claim")) {
          for (ObjectNode row : rows.get(part.name())) {
            partsByOwner
                .computeIfAbsent(part.references().get(part.owner()), k -> new HashMap<>())
                .computeIfAbsent(row.get(part.owner()).asLong(), k -> new ArrayList<>())
                .add(row);
          }
        }
      }
      for (ObjectNode citation : rows.get("citation")) {
        citationsByFact
            .computeIfAbsent(citation.get("fact_id").asLong(), k -> new ArrayList<>())
            .add(citation);
      }
    }

    Map<String, Set<ObjectNode>> compute(ObjectNode sourceRow) {
      add(sourceRow);
      for (String table : List.of("citation", "mention")) {
        rows.get(table).stream()
            .filter(row -> row.get("source_id").asLong() == source)
            .forEach(this::add);
      }
      boolean grew = true;
      while (grew) {
        drain();
        grew = addSettledDisputes() | addInferences();
      }
      return included;
    }

    private void add(ObjectNode row) {
      String table = tableOf.get(row);
      if (included.get(table).add(row)) {
        queue.add(row);
        if (table.equals("citation")) {
          cited.add(row.get("fact_id").asLong());
        }
      }
    }

    private void drain() {
      while (!queue.isEmpty()) {
        ObjectNode row = queue.remove(queue.size() - 1);
        TransferSchema.Table table = schema.table(tableOf.get(row));
        table
            .references()
            .forEach(
                (column, target) -> {
                  JsonNode value = row.get(column);
                  if (value != null && !value.isNull()) {
                    ObjectNode parent = referenced(table, column, value.asLong());
                    if (parent != null) {
                      add(parent);
                    }
                  }
                });
        if (row.hasNonNull("id") && TransferFormat.FACT_TYPES.containsKey(table.name())) {
          long fact = row.get("id").asLong();
          if (!cited.contains(fact)) {
            citationsByFact.getOrDefault(fact, List.of()).stream()
                .filter(c -> c.get("source_id").asLong() == source)
                .findFirst()
                .or(() -> citationsByFact.getOrDefault(fact, List.of()).stream().findFirst())
                .ifPresent(this::add);
          }
        }
        if (row.hasNonNull("id")) {
          partsByOwner
              .getOrDefault(table.name(), Map.of())
              .getOrDefault(row.get("id").asLong(), List.of())
              .forEach(this::add);
        }
      }
    }

    /** An inference comes along with the fact it is about: it says how that fact was read. */
    private boolean addInferences() {
      boolean added = false;
      for (ObjectNode inference : rows.get("inference")) {
        if (included.get("inference").contains(inference)) {
          continue;
        }
        long fact = inference.get("fact_id").asLong();
        ObjectNode factRow = byId.getOrDefault(factKinds.get(fact), Map.of()).get(fact);
        if (factRow != null && included.get(factKinds.get(fact)).contains(factRow)) {
          add(inference);
          added = true;
        }
      }
      return added;
    }

    /** A dispute comes along when its fact and every citation its claims point at are in. */
    private boolean addSettledDisputes() {
      boolean added = false;
      for (ObjectNode dispute : rows.get("dispute")) {
        if (included.get("dispute").contains(dispute)) {
          continue;
        }
        long fact = dispute.get("fact_id").asLong();
        long key = dispute.get("id").asLong();
        ObjectNode factRow = byId.getOrDefault(factKinds.get(fact), Map.of()).get(fact);
        if (factRow == null || !included.get(factKinds.get(fact)).contains(factRow)) {
          continue;
        }
        List<ObjectNode> claims =
            rows.get("dispute_claim").stream()
                .filter(claim -> claim.get("dispute_id").asLong() == key)
                .toList();
        boolean settled =
            claims.stream()
                .allMatch(
                    claim ->
                        included
                            .get("citation")
                            .contains(byId.get("citation").get(claim.get("citation_id").asLong())));
        if (settled) {
          add(dispute);
          claims.forEach(this::add);
          added = true;
        }
      }
      return added;
    }
  }
}
