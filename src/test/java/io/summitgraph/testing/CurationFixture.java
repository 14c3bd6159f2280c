package io.summitgraph.testing;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.facts.FactKind;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * What curation tests share: a seed source to cite, and the clean-up that removes every row a test
 * wrote (everything numbered after a mark taken before it), so the seed's counts hold for every
 * other test.
 */
public final class CurationFixture {

  /**
   * Tables of rows with fact-sequence ids, in an order that deletes dependents first: disputes and
   * citations, then the fact kinds children first.
   */
  private static final List<String> WRITTEN =
      Stream.concat(
              Stream.of("dispute", "citation"),
              IntStream.range(0, FactKind.values().length)
                  .mapToObj(i -> FactKind.values()[FactKind.values().length - 1 - i].table()))
          .toList();

  private final DataSource dataSource;
  private final long mark;

  public CurationFixture(DataSource dataSource) {
    this.dataSource = dataSource;
    this.mark = single("select nextval('fact_id_seq')");
  }

  /** The ID of the seed source with this slug. */
  public String sourceId(String slug) {
    return GlobalId.encode("Source", single("select id from source where slug = '" + slug + "'"));
  }

  /** Some seed source's ID. */
  public String anySourceId() {
    return GlobalId.encode("Source", single("select min(id) from source"));
  }

  /** Words that stand verbatim in that source: {@code length} characters from {@code from}. */
  public String excerptOf(String sourceId, int from, int length) {
    String text = text("select text from source where id = " + GlobalId.decode(sourceId).key());
    // Whole words, as a citation must be: from the first word starting at or after `from`, to the
    // end of the word reached after `length` characters.
    int start = from;
    while (start > 0 && start < text.length() && isWord(text, start - 1) && isWord(text, start)) {
      start++;
    }
    while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    int end = Math.min(text.length(), start + length);
    while (end < text.length() && isWord(text, end - 1) && isWord(text, end)) {
      end++;
    }
    return text.substring(start, end).stripTrailing();
  }

  private static boolean isWord(String text, int at) {
    return Character.isLetterOrDigit(text.charAt(at));
  }

  /** A citation input: 30 characters of the first seed source, from {@code from}. */
  public Map<String, Object> citation(int from) {
    String source = anySourceId();
    return Map.of("source", source, "excerpt", excerptOf(source, from, 30));
  }

  /** The ID of the country with this ISO code. */
  public String countryId(String iso) {
    return GlobalId.encode(
        "Country", single("select id from country where iso_code = '" + iso + "'"));
  }

  /** Records a person through the API and returns their ID. */
  public String person(String name) {
    return created(
        "person-create", "personCreate.person.id", Map.of("name", name, "citation", citation(0)));
  }

  /** Records a location through the API and returns its ID. */
  public String location(String name) {
    return created(
        "location-create",
        "locationCreate.location.id",
        Map.of("name", name, "kind", "CITY", "citation", citation(0)));
  }

  /** Records an event through the API and returns its ID. */
  public String event(String name) {
    return created(
        "event-create",
        "eventCreate.event.id",
        Map.of(
            "name",
            name,
            "kind",
            "MEETING",
            "status",
            "HELD",
            "date",
            "2019-03",
            "citation",
            citation(0)));
  }

  /**
   * Runs a creating mutation as a curator, expects no user errors, returns the ID at {@code path}.
   */
  public static String created(String document, String path, Map<String, Object> input) {
    var data = GraphQL.document("curation/" + document).asCurator().variable("input", input).data();
    String payload = path.substring(0, path.indexOf('.'));
    if (!data.getList(payload + ".userErrors").isEmpty()) {
      throw new AssertionError("User errors: " + data.getList(payload + ".userErrors"));
    }
    return data.getString(path);
  }

  public long count(String sql) {
    return single(sql);
  }

  /** Deletes every row written since the mark, in one transaction. */
  public void cleanUp() {
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        statement.executeUpdate("delete from fact_redirect where old_id > " + mark);
        for (String table : WRITTEN) {
          statement.executeUpdate("delete from " + table + " where id > " + mark);
        }
      }
      connection.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public List<Long> longs(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      List<Long> values = new ArrayList<>();
      while (rows.next()) {
        values.add(rows.getLong(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private long single(String sql) {
    return longs(sql).get(0);
  }

  public String text(String sql) {
    try (Connection connection = dataSource.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows = statement.executeQuery(sql)) {
      rows.next();
      return rows.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
