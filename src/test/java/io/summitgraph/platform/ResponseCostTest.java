package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import io.summitgraph.platform.limits.QueryLimits;
import io.summitgraph.testing.GraphQL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The cost of a request is what it fetches (objects and long text), reported in {@code
 * extensions.cost}, and a response cannot carry more long text than its budget.
 */
@QuarkusTest
@TestProfile(ResponseCostTest.SmallTextBudget.class)
class ResponseCostTest {

  /** The production cost limit; a text budget smaller than the three articles' texts together. */
  public static class SmallTextBudget implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.limits.cost",
          QueryLimits.DEFAULT_COST,
          "summitgraph.limits.response-text",
          "6000");
    }
  }

  @Test
  void theCitationFloodIsRefusedForTheTextItWouldCopy() {
    List<Map<String, Object>> errors = GraphQL.document("cost/citation-flood").errors();
    assertThat(errors).hasSize(1);
    Map<?, ?> extensions = (Map<?, ?>) errors.get(0).get("extensions");
    assertThat(extensions.get("code")).isEqualTo("QUERY_LIMIT_EXCEEDED");
    assertThat(extensions.get("limit")).isEqualTo("cost");
    // 100 sources + 100 x 100 citations, each with a source (1) and its text (40).
    assertThat((String) errors.get(0).get("message")).contains("420100");
  }

  @Test
  void aWideQueryOfLightObjectsPassesAndReportsWhatItCost() {
    JsonPath response = GraphQL.document("cost/people-events-participants").post().jsonPath();
    assertThat(response.getList("errors")).isNull();
    assertThat(response.getList("data.people.nodes")).isNotEmpty();
    // 50 people, each with 20 events, each with 20 participants: objects, not fields.
    assertThat(response.getLong("extensions.cost.requested")).isEqualTo(21_050);
    assertThat(response.getLong("extensions.cost.limit")).isEqualTo(50_000);
    long people = response.getList("data.people.nodes").size();
    long events = response.getList("data.people.nodes.events.edges.flatten()").size();
    long participants =
        response
            .getList("data.people.nodes.events.edges.flatten().node.participants.edges.flatten()")
            .size();
    assertThat(response.getLong("extensions.cost.actual"))
        .isEqualTo(people + events + participants);
  }

  @Test
  void theActualCostCountsObjectsAndLongText() {
    JsonPath titles = GraphQL.document("cost/source-titles").post().jsonPath();
    assertThat(titles.getList("data.sources.nodes")).hasSize(3);
    assertThat(titles.getLong("extensions.cost.requested")).isEqualTo(10);
    assertThat(titles.getLong("extensions.cost.actual")).isEqualTo(3);
  }

  @Test
  void aResponseWhoseLongTextPassesItsBudgetIsNotBuilt() {
    var response = GraphQL.document("cost/source-texts").post();
    response.then().statusCode(200);
    JsonPath json = response.jsonPath();
    assertThat(json.getMap("data")).isNull();
    assertThat(json.getList("errors.extensions.code")).containsExactly("RESPONSE_TOO_LARGE");
    assertThat(json.getList("errors.extensions.limit")).containsExactly("responseText");
    assertThat(response.asString().length()).isLessThan(2_000);
    // The service goes on answering.
    assertThat(GraphQL.document("cost/source-titles").data().getList("sources.nodes")).hasSize(3);
  }
}
