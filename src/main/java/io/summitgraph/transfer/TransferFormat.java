package io.summitgraph.transfer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import io.summitgraph.facts.FactKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The export file format (docs/export-format.md): {@code {"format": "summitgraph", "version": 1,
 * "records": {<table>: [<record>, …]}}}, written the same way every time so that equal knowledge
 * gives equal bytes.
 */
final class TransferFormat {

  static final String FORMAT = "summitgraph";
  static final int VERSION = 1;

  /** Fact kinds (as the fact registry names them, after their tables) and their ID types. */
  /** The fact tables, each with its GraphQL type (from the registry of fact kinds). */
  static final Map<String, String> FACT_TYPES =
      Arrays.stream(FactKind.values())
          .collect(Collectors.toUnmodifiableMap(FactKind::table, FactKind::graphQLType));

  static final ObjectMapper MAPPER =
      new ObjectMapper()
          .setNodeFactory(JsonNodeFactory.withExactBigDecimals(true))
          .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);

  private static final ObjectWriter WRITER =
      MAPPER.writer(
          new DefaultPrettyPrinter()
              .withObjectIndenter(new DefaultIndenter("  ", "\n"))
              .withArrayIndenter(new DefaultIndenter("  ", "\n")));

  private TransferFormat() {}

  static byte[] write(JsonNode document) {
    try {
      return (WRITER.writeValueAsString(document) + "\n").getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table whose rows carry IDs of this type, or null. */
  static String tableOfType(String type) {
    return TransferSchema.TABLES.entrySet().stream()
        .filter(entry -> type.equals(entry.getValue()))
        .map(Map.Entry::getKey)
        .findFirst()
        .orElse(null);
  }
}
