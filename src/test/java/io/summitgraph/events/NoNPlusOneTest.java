package io.summitgraph.events;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * Nested queries cost a fixed number of SQL statements, one per batched field, whatever the page
 * sizes and the number of parents at each level.
 */
@QuarkusTest
class NoNPlusOneTest {

  record Measured(long statements, JsonPath data) {}

  static Measured measure(String document, int first) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document(document).variable("first", first).data();
    long statements = SqlStatementCounter.count() - before;
    // Printed so the figures can be quoted from a test run.
    System.out.printf("%s at first: %d -> %d SQL statements%n", document, first, statements);
    return new Measured(statements, data);
  }

  @Test
  void fourLevelsOfEventsParticipantsPeopleAndTheirEventsCostOneStatementPerLevel() {
    Measured small = measure("events/nested-participants", 5);
    Measured large = measure("events/nested-participants", 50);

    assertThat(small.data().getList("events.nodes")).hasSize(5);
    assertThat(large.data().getList("events.nodes")).hasSize(15);
    assertThat(large.data().getList("events.nodes.participants.edges.node.events.edges.flatten()"))
        .as("people's events at the fourth level")
        .hasSizeGreaterThan(20);
    // events, participants, people (the edges' nodes), people's events: 4 levels, one root field,
    // which the compiled read path (platform/compiler) serves with one statement. Exactly one: a
    // counter that counted nothing would pass an equality alone.
    assertThat(large.statements()).isEqualTo(small.statements()).isEqualTo(1L);
  }

  @Test
  void fourLevelsOfEventsParticipantsPeopleAndTheirCountriesAndRolesCostOneStatementPerField() {
    Measured small = measure("events/nested-people", 5);
    Measured large = measure("events/nested-people", 50);

    assertThat(large.data().getList("events.nodes")).hasSize(15);
    assertThat(large.data().getList("events.nodes[0].participants.edges.node.country.isoCode"))
        .containsExactly("USA", "PRK");
    assertThat(
            large.data().getList("events.nodes[0].participants.edges.node.roles.title.flatten()"))
        .contains("President of the United States");
    // events, participants, people, their countries, their roles: one root field, which the
    // compiled read path serves with one statement. Exactly one: a counter that counted nothing
    // would pass an equality alone.
    assertThat(large.statements()).isEqualTo(small.statements()).isEqualTo(1L);
  }

  @Test
  void everyRelationNestedWithTotalsCostsTheSameAtAnyPageSize() {
    Measured small = measure("events/nested-everything", 5);
    Measured large = measure("events/nested-everything", 50);

    assertThat(large.data().getInt("events.totalCount")).isEqualTo(15);
    assertThat(large.data().getList("events.nodes.agreements.commitments.flatten()")).hasSize(3);
    assertThat(large.data().getList("events.nodes.relations.flatten()")).isNotEmpty();
    // Every relation, its totals, the facts' basis and inferences: one root field, which the
    // compiled read path serves with one statement, at any page size.
    assertThat(large.statements()).isEqualTo(small.statements()).isEqualTo(1L);
  }
}
