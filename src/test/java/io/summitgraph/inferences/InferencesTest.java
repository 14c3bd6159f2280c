package io.summitgraph.inferences;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The root inferences listing, its filters, and inferences as nodes. */
@QuarkusTest
class InferencesTest {

  private static JsonPath inferences(String field, Boolean wholeFacts) {
    return GraphQL.document("inferences/inferences")
        .variable("first", 100)
        .variable("field", field)
        .variable("wholeFacts", wholeFacts)
        .data();
  }

  @Test
  void inferencesAboutOneFieldOrOfWholeFacts() {
    JsonPath kinds = inferences("kind", null);
    assertThat(kinds.getList("inferences.nodes.field")).isNotEmpty().containsOnly("kind");
    assertThat(kinds.getList("inferences.nodes.fact.__typename"))
        .contains("Location", "Organization", "Event");

    JsonPath whole = inferences(null, true);
    assertThat(whole.getList("inferences.nodes.field")).containsOnlyNulls().hasSize(2);
    assertThat(whole.getList("inferences.nodes.fact.__typename")).containsOnly("EventRelation");
    assertThat(whole.getList("inferences.nodes.fact.basis")).containsOnly("INFERRED");

    assertThat(inferences("nickname", null).getList("inferences.nodes")).isEmpty();
  }

  @Test
  void pagingBackwardGivesTheForwardListsSlices() {
    List<Object> all = inferences(null, null).getList("inferences.nodes.id");
    assertThat(all).hasSizeGreaterThan(6);
    JsonPath last = GraphQL.document("inferences/inferences-backward").variable("last", 4).data();
    assertThat(last.getList("inferences.edges.node.id"))
        .isEqualTo(all.subList(all.size() - 4, all.size()));
    assertThat(last.getBoolean("inferences.pageInfo.hasPreviousPage")).isTrue();
    JsonPath before =
        GraphQL.document("inferences/inferences-backward")
            .variable("last", 2)
            .variable("before", last.getString("inferences.pageInfo.startCursor"))
            .data();
    assertThat(before.getList("inferences.edges.node.id"))
        .isEqualTo(all.subList(all.size() - 6, all.size() - 4));
  }

  @Test
  void askingForAFieldAndForWholeFactsAtOnceIsABadInput() {
    List<Map<String, Object>> errors =
        GraphQL.document("inferences/inferences")
            .variable("field", "kind")
            .variable("wholeFacts", true)
            .errors();
    assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code"))
        .isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void anInferenceIsANodeThatLeadsToItsFact() {
    JsonPath listed = inferences("date", null);
    String id = listed.getString("inferences.nodes[0].id");
    JsonPath node = GraphQL.document("inferences/inference-node").variable("id", id).data();
    assertThat(node.getString("node.__typename")).isEqualTo("Inference");
    assertThat(node.getString("node.field")).isEqualTo("date");
    assertThat(node.getString("node.fact.__typename")).isEqualTo("Event");
    assertThat(node.getString("node.fact.id"))
        .isEqualTo(listed.getString("inferences.nodes[0].fact.id"));
  }
}
