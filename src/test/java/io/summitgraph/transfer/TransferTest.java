package io.summitgraph.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.common.ids.GlobalId;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Export and import. Writes that must not outlive a test run inside a transaction that is rolled
 * back (an "empty database" is the schema with every knowledge table truncated in that
 * transaction), so the dataset other tests count stays as the migrations load it.
 */
@QuarkusTest
class TransferTest {

  @Inject AgroalDataSource dataSource;
  @Inject TransferService service;

  @Test
  void everyTableOfTheSchemaIsExportedOrDeliberatelyLeftOut() throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      assertThat(TransferSchema.unlisted(connection)).isEmpty();
    }
  }

  @Test
  void aFullRoundTripThroughAnEmptyDatabaseGivesTheSameBytes() throws Exception {
    byte[] exported = service.export(null);
    JsonNode document = TransferFormat.MAPPER.readTree(exported);
    assertThat(document.get("format").asText()).isEqualTo("summitgraph");
    assertThat(document.get("version").asInt()).isEqualTo(1);
    int records = 0;
    for (JsonNode array : document.get("records")) {
      records += array.size();
    }
    System.out.printf(
        "Full export: %d bytes, %d records (%d sources, %d citations, %d mentions)%n",
        exported.length,
        records,
        document.at("/records/source").size(),
        document.at("/records/citation").size(),
        document.at("/records/mention").size());
    assertThat(document.at("/records/source").size()).isEqualTo(3);
    assertThat(document.at("/records/person/0/id").asText()).matches("[A-Za-z0-9_-]+");
    assertThat(document.at("/records/person/0").has("version")).isFalse();

    try (Connection connection = transaction()) {
      try {
        emptyKnowledgeTables(connection);
        assertThat(new Exporter(connection).exportAll().at("/records/person").size()).isZero();
        ImportResult result = new Importer(connection).run(exported);
        assertThat(result.problems()).isEmpty();
        assertThat(result.insertedTotal()).isEqualTo(records);
        assertThat(result.updatedTotal()).isZero();
        immediateChecks(connection);
        byte[] again = TransferFormat.write(new Exporter(connection).exportAll());
        assertThat(new String(again, StandardCharsets.UTF_8))
            .isEqualTo(new String(exported, StandardCharsets.UTF_8));
        assertThat(again).isEqualTo(exported);
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void importingIntoThePopulatedDatabaseTwiceChangesNothing() throws Exception {
    byte[] exported = service.export(null);
    for (int round = 0; round < 2; round++) {
      ImportResult result = service.importFile(exported);
      assertThat(result.problems()).isEmpty();
      assertThat(result.insertedTotal()).isZero();
      assertThat(result.updatedTotal()).isZero();
    }
    assertThat(service.export(null)).isEqualTo(exported);
  }

  @Test
  void importingNewAndChangedRecordsIntoThePopulatedDatabase() throws Exception {
    ObjectNode document = (ObjectNode) TransferFormat.MAPPER.readTree(service.export(null));
    ArrayNode people = (ArrayNode) document.at("/records/person");
    ArrayNode citations = (ArrayNode) document.at("/records/citation");
    ObjectNode changed = (ObjectNode) people.get(0);
    changed.put("description", "Changed by the import test");
    String newPerson = GlobalId.encode("Person", 900_000_001L);
    ObjectNode added = people.addObject();
    added.put("id", newPerson);
    added.put("name", "Kim Yo Jong");
    added.putArray("aliases").add("Kim Yo-jong");
    added.putNull("country_id");
    added.put("description", "Added by the import test");
    added.putNull("residence_id");
    ObjectNode citation = citations.addObject();
    citation.put("id", GlobalId.encode("Citation", 900_000_002L));
    citation.put("fact_id", newPerson);
    citation.put("source_id", document.at("/records/source/0/id").asText());
    String text = document.at("/records/source/0/text").asText();
    citation.put("excerpt", "Kim");
    citation.put("start_offset", text.codePointCount(0, text.indexOf("Kim")));
    byte[] file = TransferFormat.write(document);

    try (Connection connection = transaction()) {
      try {
        ImportResult result = new Importer(connection).run(file);
        assertThat(result.problems()).isEmpty();
        assertThat(result.inserted()).containsEntry("person", 1).containsEntry("citation", 1);
        assertThat(result.updated()).containsEntry("person", 1);
        assertThat(result.insertedTotal()).isEqualTo(2);
        assertThat(result.updatedTotal()).isEqualTo(1);
        immediateChecks(connection);
        assertThat(
                scalar(
                    connection,
                    "select version from person where description = 'Changed by the import test'"))
            .isEqualTo(1);
        ImportResult again = new Importer(connection).run(file);
        assertThat(again.insertedTotal()).isZero();
        assertThat(again.updatedTotal()).isZero();
        assertThat(scalar(connection, "select last_value from fact_id_seq"))
            .isGreaterThanOrEqualTo(900_000_002L);
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void aBrokenFileReportsEveryProblemWithItsLocationAndWritesNothing() throws Exception {
    byte[] before = service.export(null);
    ObjectNode document = (ObjectNode) TransferFormat.MAPPER.readTree(before);
    ObjectNode records = (ObjectNode) document.get("records");
    ((ObjectNode) records.at("/person/3")).put("name", 42);
    ((ObjectNode) records.at("/person/0")).put("nickname", "Rocket Man");
    ((ObjectNode) records.at("/citation/5")).put("fact_id", "garbage");
    ((ObjectNode) records.at("/location/0")).put("country_id", records.at("/person/1/id").asText());
    ((ObjectNode) records.at("/event/2")).put("starts_on", "2019-02-30");
    ((ObjectNode) records.at("/organization/1")).remove("kind");
    ((ObjectNode) records.at("/quote/0"))
        .put("occasion_id", GlobalId.encode("Event", 999_999_999L));
    ((ObjectNode) records.at("/source/1")).put("text", "Not the text its hash was taken of");
    ((ObjectNode) records.at("/person/4")).put("name", "   ");
    ((ObjectNode) records.at("/event/1")).put("kind", "PARTY");
    records.putArray("unicorn");
    document.put("version", 2);

    ImportResult result = service.importFile(TransferFormat.write(document));
    assertThat(result.succeeded()).isFalse();
    assertThat(result.problems())
        .extracting(ImportProblem::pointer)
        .containsExactlyInAnyOrder(
            "/version",
            "/records/unicorn",
            "/records/person/3/name",
            "/records/person/0/nickname",
            "/records/citation/5/fact_id",
            "/records/location/0/country_id",
            "/records/event/2/starts_on",
            "/records/organization/1/kind",
            "/records/quote/0/occasion_id",
            "/records/source/1/content_hash",
            // What only the database checks is reported too, for the records that passed.
            "/records/person/4",
            "/records/event/1");
    assertThat(result.problems())
        .extracting(ImportProblem::toString)
        .contains(
            "/records/person/3/name: must be a string",
            "/records/location/0/country_id: is an ID of a Person, expected a Country",
            "/records/quote/0/occasion_id: refers to a record that is neither in the file nor in"
                + " the database");
    result.problems().forEach(p -> System.out.println("Reported: " + p));
    assertThat(service.export(null)).isEqualTo(before);
  }

  @Test
  void recordsTheDatabaseRefusesAreLocatedOneByOneAndNothingIsWritten() throws Exception {
    byte[] before = service.export(null);
    ObjectNode document = (ObjectNode) TransferFormat.MAPPER.readTree(before);
    ((ObjectNode) document.at("/records/person/2")).put("name", "   ");
    ((ObjectNode) document.at("/records/citation/7")).put("excerpt", "words no article has");
    ArrayNode statistics = (ArrayNode) document.at("/records/humanitarian_statistic");
    ObjectNode uncited = statistics.addObject();
    uncited.setAll((ObjectNode) statistics.get(0).deepCopy());
    uncited.put("id", GlobalId.encode("HumanitarianStatistic", 900_000_003L));
    uncited.put("value", 0.5);
    int position = statistics.size() - 1;

    ImportResult result = service.importFile(TransferFormat.write(document));
    assertThat(result.problems())
        .extracting(ImportProblem::pointer)
        .containsExactlyInAnyOrder(
            "/records/person/2",
            "/records/citation/7",
            "/records/humanitarian_statistic/" + position);
    assertThat(result.problems().get(0).message()).contains("refused by the database");
    result.problems().forEach(p -> System.out.println("Reported: " + p));
    assertThat(service.export(null)).isEqualTo(before);
  }

  @Test
  void aSourceExportHoldsWhatTheSourceSupportsAndImportsOnItsOwn() throws Exception {
    JsonNode all = TransferFormat.MAPPER.readTree(service.export(null));
    String sourceId = null;
    for (JsonNode source : all.at("/records/source")) {
      if (source.get("slug").asText().startsWith("002_")) {
        sourceId = source.get("id").asText();
      }
    }
    byte[] exported = service.export(sourceId);
    JsonNode document = TransferFormat.MAPPER.readTree(exported);
    System.out.printf("Export of source 002: %d bytes%n", exported.length);
    assertThat(document.get("source").asText()).isEqualTo(sourceId);
    Set<String> ids = new HashSet<>();
    document
        .get("records")
        .forEach(
            array ->
                array.forEach(
                    r -> {
                      if (r.has("id")) {
                        ids.add(r.get("id").asText());
                      }
                    }));
    assertThat(ids).contains(sourceId);
    // Every citation of the source is there, and every fact it cites.
    List<String> citedFacts = new ArrayList<>();
    for (JsonNode citation : all.at("/records/citation")) {
      if (citation.get("source_id").asText().equals(sourceId)) {
        assertThat(ids).contains(citation.get("id").asText());
        citedFacts.add(citation.get("fact_id").asText());
      }
    }
    assertThat(ids).containsAll(citedFacts);
    System.out.printf(
        "Source 002 export: %d of %d sources, %d of %d people, %d of %d citations%n",
        document.at("/records/source").size(),
        all.at("/records/source").size(),
        document.at("/records/person").size(),
        all.at("/records/person").size(),
        document.at("/records/citation").size(),
        all.at("/records/citation").size());
    assertThat(document.at("/records/citation").size())
        .isLessThan(all.at("/records/citation").size());

    try (Connection connection = transaction()) {
      try {
        emptyKnowledgeTables(connection);
        ImportResult result = new Importer(connection).run(exported);
        assertThat(result.problems()).isEmpty();
        immediateChecks(connection);
        assertThat(TransferFormat.write(new Exporter(connection).exportAll()))
            .isEqualTo(TransferFormat.write(withoutSourceField(document)));
      } finally {
        connection.rollback();
      }
    }
  }

  @Test
  void theCommandExportsAndImportsFilesAndExplainsMisuse() throws Exception {
    Path directory = Files.createTempDirectory("summitgraph-transfer");
    Path file = directory.resolve("kb.json");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream stdout = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream stderr = new PrintStream(err, true, StandardCharsets.UTF_8);

    assertThat(TransferCommand.execute(service, stdout, stderr, "export", "--out", file.toString()))
        .isZero();
    assertThat(Files.readAllBytes(file)).isEqualTo(service.export(null));
    assertThat(TransferCommand.execute(service, stdout, stderr, "import", "--in", file.toString()))
        .isZero();
    assertThat(out.toString(StandardCharsets.UTF_8))
        .contains("Exported ")
        .contains("Imported: 0 record(s) inserted, 0 updated");

    Files.writeString(
        file, "{\"format\": \"summitgraph\", \"version\": 1, \"records\": {\"person\": [{}]}}");
    assertThat(TransferCommand.execute(service, stdout, stderr, "import", "--in", file.toString()))
        .isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("Nothing imported")
        .contains("/records/person/0/name: is required");
    assertThat(TransferCommand.execute(service, stdout, stderr, "import")).isEqualTo(2);
    assertThat(TransferCommand.execute(service, stdout, stderr, "import", "--in", "/nonexistent"))
        .isEqualTo(2);
    assertThat(
            TransferCommand.execute(
                service, stdout, stderr, "export", "--out", file.toString(), "--source", "bad"))
        .isEqualTo(1);
  }

  private static JsonNode withoutSourceField(JsonNode document) {
    ObjectNode copy = document.deepCopy();
    copy.remove("source");
    return copy;
  }

  private Connection transaction() throws SQLException {
    Connection connection = dataSource.getConnection();
    connection.setAutoCommit(false);
    return connection;
  }

  private static void emptyKnowledgeTables(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "truncate " + String.join(", ", TransferSchema.TABLES.keySet()) + ", fact cascade");
    }
  }

  /** Runs the checks the database defers to commit now, since these transactions never commit. */
  private static void immediateChecks(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute("set constraints all immediate");
    }
  }

  private static long scalar(Connection connection, String sql) throws SQLException {
    try (Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getLong(1);
    }
  }
}
