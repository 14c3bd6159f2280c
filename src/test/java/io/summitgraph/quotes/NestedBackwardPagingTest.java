package io.summitgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Nested connections page backward (last/before) like the root ones, with the same keyset cursors:
 * a backward page is the matching slice of the forward list.
 */
@QuarkusTest
class NestedBackwardPagingTest {

  @Test
  void theLastQuotesAreTheEndOfTheForwardList() {
    JsonPath forward = speakerQuotes(Map.of("first", 100));
    List<String> all = forward.getList("edges.cursor");
    assertThat(all).as("Pompeo has at least four quotes").hasSizeGreaterThanOrEqualTo(4);

    JsonPath last = speakerQuotes(Map.of("last", 2));

    assertThat(last.getList("edges.cursor")).isEqualTo(all.subList(all.size() - 2, all.size()));
    assertThat(last.getList("edges.node.text"))
        .isEqualTo(forward.getList("edges.node.text").subList(all.size() - 2, all.size()));
    assertThat(last.getBoolean("pageInfo.hasPreviousPage")).isTrue();
    assertThat(last.getBoolean("pageInfo.hasNextPage")).isFalse();
    assertThat(last.getString("pageInfo.startCursor")).isEqualTo(all.get(all.size() - 2));
    assertThat(last.getInt("totalCount")).isEqualTo(all.size());
  }

  @Test
  void beforeACursorComeTheItemsJustBeforeIt() {
    List<String> all = speakerQuotes(Map.of("first", 100)).getList("edges.cursor");

    Map<String, Object> arguments = new HashMap<>();
    arguments.put("last", 2);
    arguments.put("before", all.get(2));
    JsonPath page = speakerQuotes(arguments);

    assertThat(page.getList("edges.cursor")).isEqualTo(all.subList(0, 2));
    assertThat(page.getBoolean("pageInfo.hasPreviousPage")).isFalse();
    assertThat(page.getBoolean("pageInfo.hasNextPage")).isTrue();
  }

  @Test
  void everyParentOfABatchGetsItsOwnLastItems() {
    List<Map<String, Object>> forward =
        GraphQL.document("quotes/everyones-quotes-paged")
            .variable("first", 100)
            .data()
            .getList("people.nodes");
    List<Map<String, Object>> backward =
        GraphQL.document("quotes/everyones-quotes-paged")
            .variable("last", 1)
            .data()
            .getList("people.nodes");

    assertThat(backward).hasSameSizeAs(forward);
    int withQuotes = 0;
    for (int i = 0; i < forward.size(); i++) {
      List<String> all = cursors(forward.get(i));
      List<String> last = cursors(backward.get(i));
      assertThat(last)
          .as("%s", forward.get(i).get("name"))
          .isEqualTo(all.isEmpty() ? List.of() : List.of(all.get(all.size() - 1)));
      withQuotes += all.isEmpty() ? 0 : 1;
    }
    assertThat(withQuotes).as("people with quotes").isGreaterThan(1);
  }

  @Test
  void firstAndLastTogetherAreBadUserInput() {
    List<Map<String, Object>> errors =
        GraphQL.document("quotes/speaker-quotes-paged")
            .variable("name", "Pompeo")
            .variable("first", 1)
            .variable("last", 1)
            .errors();

    assertThat(errors.get(0))
        .extracting("extensions")
        .hasFieldOrPropertyWithValue("code", "BAD_USER_INPUT");
  }

  private static JsonPath speakerQuotes(Map<String, Object> arguments) {
    GraphQL document = GraphQL.document("quotes/speaker-quotes-paged").variable("name", "Pompeo");
    arguments.forEach(document::variable);
    return document.data().setRootPath("data.people.nodes[0].quotes");
  }

  @SuppressWarnings("unchecked")
  private static List<String> cursors(Map<String, Object> person) {
    Map<String, Object> quotes = (Map<String, Object>) person.get("quotes");
    return ((List<Map<String, Object>>) quotes.get("edges"))
        .stream().map(edge -> (String) edge.get("cursor")).toList();
  }
}
