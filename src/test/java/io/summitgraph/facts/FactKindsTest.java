package io.summitgraph.facts;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The registry of fact kinds ({@link FactKind}) agrees with the database and the schema: exactly
 * its tables register their rows as facts (with the three triggers {@code sg_make_fact_table}
 * creates), every registered fact has a known kind, and every kind's GraphQL type is a {@code Fact}
 * and a {@code Node}. A fact type added in one place and not the other fails here.
 */
@QuarkusTest
class FactKindsTest {

  @Inject AgroalDataSource database;

  @Test
  void exactlyTheRegisteredTablesAreFactTablesWithTheirTriggers() throws Exception {
    Map<String, Set<String>> triggersByTable = new HashMap<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet rows =
            statement.executeQuery(
                """
                select c.relname, p.proname
                from pg_trigger t
                join pg_class c on c.oid = t.tgrelid
                join pg_proc p on p.oid = t.tgfoid
                where not t.tgisinternal
                  and p.proname in ('register_fact', 'unregister_fact', 'touch_fact')
                """)) {
      while (rows.next()) {
        triggersByTable
            .computeIfAbsent(rows.getString(1), table -> new TreeSet<>())
            .add(rows.getString(2));
      }
    }
    List<String> registered = Arrays.stream(FactKind.values()).map(FactKind::table).toList();
    assertThat(triggersByTable.keySet()).containsExactlyInAnyOrderElementsOf(registered);
    triggersByTable.forEach(
        (table, triggers) ->
            assertThat(triggers)
                .as(table)
                .containsExactlyInAnyOrder("register_fact", "unregister_fact", "touch_fact"));
  }

  @Test
  void everyRegisteredFactHasAKnownKind() throws Exception {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet kinds = statement.executeQuery("select distinct kind from fact")) {
      int seen = 0;
      while (kinds.next()) {
        assertThat(FactKind.ofTable(kinds.getString(1))).as(kinds.getString(1)).isPresent();
        seen++;
      }
      assertThat(seen).isGreaterThan(5);
    }
  }

  @Test
  void everyKindsTypeIsAFactAndANode() {
    List<String> facts = possibleTypes("Fact");
    List<String> nodes = possibleTypes("Node");
    for (FactKind kind : FactKind.values()) {
      assertThat(facts).as("Fact").contains(kind.graphQLType());
      assertThat(nodes).as("Node").contains(kind.graphQLType());
      assertThat(FactKind.ofGraphQLType(kind.graphQLType())).contains(kind);
    }
    assertThat(facts).hasSize(FactKind.values().length);
  }

  private static List<String> possibleTypes(String abstractType) {
    return GraphQL.document("schema/possible-types")
        .variable("name", abstractType)
        .data()
        .getList("__type.possibleTypes.name");
  }
}
