package io.summitgraph.transfer;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The export file format (docs/export-format.md): {@code {"format": "summitgraph", "version": 1,
 * "records": {<table>: [<record>, …]}}}, written the same way every time so that equal knowledge
 * gives equal bytes.
 */
final class TransferFormat {

  static final String FORMAT = "summitgraph";
  static final int VERSION = 1;

  /** Fact kinds (as the fact registry names them, after their tables) and their ID types. */
  static final Map<String, String> FACT_TYPES =
      Map.ofEntries(
          Map.entry("country", "Country"),
          Map.entry("organization", "Organization"),
          Map.entry("person", "Person"),
          Map.entry("person_role", "PersonRole"),
          Map.entry("location", "Location"),
          Map.entry("event", "Event"),
          Map.entry("event_relation", "EventRelation"),
          Map.entry("participation", "Participation"),
          Map.entry("agreement", "Agreement"),
          Map.entry("commitment", "Commitment"),
          Map.entry("sanction", "Sanction"),
          Map.entry("humanitarian_statistic", "HumanitarianStatistic"),
          Map.entry("quote", "Quote"),
          Map.entry("stance", "Stance"));

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
