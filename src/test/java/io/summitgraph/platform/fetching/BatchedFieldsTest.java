package io.summitgraph.platform.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.smallrye.graphql.schema.model.Schema;
import io.summitgraph.testing.GraphQL;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Batched fields resolve each parent, also when a parent occurs more than once in the request: the
 * same person recurs under several events and must get the same country, events and quotes under
 * each of them.
 */
@QuarkusTest
class BatchedFieldsTest {

  @Inject Schema model;

  /** SmallRye would otherwise create a data loader per batched field at every request. */
  @Test
  void smallRyeKeepsNoBatchedFieldOnceTheLeanFetchersServeThem() {
    GraphQL.document("platform/people-across-events").variable("first", 1).data();

    assertThat(model.getBatchOperations()).isEmpty();
  }

  @Test
  void aPersonUnderSeveralEventsGetsTheSameAnswersUnderEachOfThem() {
    JsonPath data = GraphQL.document("platform/people-across-events").variable("first", 50).data();
    List<Map<String, Object>> people =
        data.getList("events.nodes.participants.edges.node.flatten()");

    Map<Object, Map<String, Object>> firstSeen = new HashMap<>();
    int repeats = 0;
    for (Map<String, Object> person : people) {
      Map<String, Object> earlier = firstSeen.putIfAbsent(person.get("id"), person);
      if (earlier != null) {
        repeats++;
        assertThat(person).as("person %s seen again", person.get("name")).isEqualTo(earlier);
      }
    }
    assertThat(repeats).as("people who recur across events").isGreaterThanOrEqualTo(10);

    Map<String, Object> kim =
        people.stream().filter(p -> "Kim Jong Un".equals(p.get("name"))).findFirst().orElseThrow();
    assertThat(kim)
        .extractingByKey("country")
        .isEqualTo(Map.of("isoCode", "PRK", "name", "North Korea"));
    assertThat(((Map<?, ?>) kim.get("events")).get("totalCount")).isEqualTo(7);
    Map<String, Object> trump =
        people.stream().filter(p -> "Donald Trump".equals(p.get("name"))).findFirst().orElseThrow();
    assertThat(
            data.getList(
                "events.nodes.participants.edges.node.flatten().findAll { it.name == 'Donald Trump' }"))
        .as("Donald Trump recurs")
        .hasSizeGreaterThan(1);
    assertThat((List<Map<String, Object>>) ((Map<?, ?>) trump.get("quotes")).get("nodes"))
        .extracting(quote -> quote.get("text"))
        .contains("spectacular", "I just can’t leave now");
  }
}
