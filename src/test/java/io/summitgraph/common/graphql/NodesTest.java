package io.summitgraph.common.graphql;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.facts.FactKind;
import io.summitgraph.testing.GraphQL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class NodesTest {

  /** Every fact kind's type, and the node types that are not facts. */
  private static final List<String> NODE_TYPES =
      Stream.concat(
              Arrays.stream(FactKind.values()).map(FactKind::graphQLType),
              Stream.of("Citation", "Dispute", "Inference", "Source"))
          .toList();

  @Test
  void anIdOfEveryTypeLeadsBackToItsNode() {
    Map<String, String> oneOfEach = oneIdPerType(everyNode());
    assertThat(oneOfEach.keySet()).containsExactlyInAnyOrderElementsOf(NODE_TYPES);

    oneOfEach.forEach(
        (type, id) -> {
          JsonPath data = GraphQL.document("common/graphql/node").variable("id", id).data();
          assertThat(data.getMap("node")).isEqualTo(Map.of("__typename", type, "id", id));
        });
  }

  @Test
  void everyNodeOfTheDatasetLeadsBackToItself() {
    Map<String, String> everything = everyNode();
    // 3 sources, 206 citations, 133 facts, 4 disputes, 36 inferences.
    assertThat(everything).hasSize(3 + 206 + 133 + 4 + 36);

    List<String> ids = new ArrayList<>(everything.keySet());
    for (int from = 0; from < ids.size(); from += 100) {
      List<String> batch = ids.subList(from, Math.min(from + 100, ids.size()));
      JsonPath data = GraphQL.document("common/graphql/nodes").variable("ids", batch).data();
      List<Map<String, Object>> nodes = data.getList("nodes");
      assertThat(nodes).hasSameSizeAs(batch);
      for (int i = 0; i < batch.size(); i++) {
        assertThat(nodes.get(i))
            .isEqualTo(Map.of("__typename", everything.get(batch.get(i)), "id", batch.get(i)));
      }
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "garbage",
        "not an id",
        "UGVyc29uOjEwNzA=====",
        "Person:1070",
        "'; select 1; --",
        "UGVyc29uOi0x", // Person:-1
        "UGVyc29uOjA", // Person:0
        "UGVyc29uOg", // Person:
        "OjEwNzA", // :1070
        "cGVyc29uOjEwNzA", // person:1070
        "UGVyc29uOjk5OTk5OTk5OTk5OTk5OTk5OTk", // Person:9999999999999999999, beyond a long
        "UGVyc29uOjk5OTk5OTk5OTk5OTk5OTk5OTk5OTk5" // Person:99999999999999999999999
      })
  void aMalformedIdIsAUserErrorWithoutInternals(String id) {
    Response response = GraphQL.document("common/graphql/node").variable("id", id).post();

    List<Map<String, Object>> errors = response.jsonPath().getList("errors");
    assertThat(errors).hasSize(1);
    assertThat((String) errors.get(0).get("message")).startsWith("Malformed ID");
    assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code"))
        .isEqualTo("BAD_USER_INPUT");
    assertThat(response.jsonPath().getMap("data"))
        .isEqualTo(Collections.singletonMap("node", null));
    assertThat(response.asString())
        .doesNotContain("at io.", "at java.", "NumberFormat", "IllegalArgument", "Base64");
  }

  @Test
  void aWellFormedIdOfNoSuchNodeIsNull() {
    String kim = personId("Kim Jong Un");
    long key = GlobalId.decode(kim).key();

    List<String> nobody =
        List.of(
            // a type that does not exist
            encode("Spaceship:" + key),
            // Kim's key under other types
            GlobalId.encode("Event", key),
            GlobalId.encode("Source", key),
            GlobalId.encode("Citation", key),
            // a key that was never issued
            GlobalId.encode("Person", 999_999_999L));

    for (String id : nobody) {
      Response response = GraphQL.document("common/graphql/node").variable("id", id).post();
      assertThat(response.jsonPath().getList("errors")).as(id).isNull();
      assertThat(response.jsonPath().getMap("data"))
          .isEqualTo(Collections.singletonMap("node", null));
    }
    // The same key under its own type is Kim.
    assertThat(
            GraphQL.document("common/graphql/node").variable("id", kim).data().getString("node.id"))
        .isEqualTo(kim);
  }

  @Test
  void nodesKeepTheOrderAskedWithNullForWhatDoesNotExist() {
    String kim = personId("Kim Jong Un");
    String trump = personId("Donald Trump");
    String missing = GlobalId.encode("Person", 999_999_999L);
    String wrongType = GlobalId.encode("Event", GlobalId.decode(kim).key());

    JsonPath data =
        GraphQL.document("common/graphql/nodes")
            .variable("ids", List.of(trump, missing, kim, wrongType, trump))
            .data();

    List<Map<String, Object>> nodes = data.getList("nodes");
    assertThat(nodes)
        .containsExactly(
            Map.of("__typename", "Person", "id", trump),
            null,
            Map.of("__typename", "Person", "id", kim),
            null,
            Map.of("__typename", "Person", "id", trump));
  }

  @Test
  void noIdsGiveNoNodes() {
    assertThat(
            GraphQL.document("common/graphql/nodes")
                .variable("ids", List.of())
                .data()
                .getList("nodes"))
        .isEmpty();
  }

  @Test
  void aHundredIdsAreFineAndMoreAreAUserError() {
    String kim = personId("Kim Jong Un");

    JsonPath hundred =
        GraphQL.document("common/graphql/nodes")
            .variable("ids", Collections.nCopies(100, kim))
            .data();
    assertThat(hundred.getList("nodes.id")).hasSize(100).containsOnly(kim);

    List<Map<String, Object>> errors =
        GraphQL.document("common/graphql/nodes")
            .variable("ids", Collections.nCopies(101, kim))
            .errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("message")).isEqualTo("At most 100 IDs per request, got 101");
    assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code"))
        .isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void oneMalformedIdAmongGoodOnesIsAUserError() {
    List<Map<String, Object>> errors =
        GraphQL.document("common/graphql/nodes")
            .variable("ids", List.of(personId("Kim Jong Un"), "garbage"))
            .errors();

    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("message")).asString().startsWith("Malformed ID");
    assertThat(((Map<?, ?>) errors.get(0).get("extensions")).get("code"))
        .isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void nodesCostOneStatementPerTypeWhateverTheNumberOfIds() {
    Map<String, String> everything = everyNode();
    List<String> citations = idsOf(everything, "Citation").subList(0, 90);
    List<String> few =
        List.of(idsOf(everything, "Citation").get(0), idsOf(everything, "Person").get(0));
    List<String> many = new ArrayList<>(citations);
    many.addAll(idsOf(everything, "Person"));

    long forFew = statementsFor(few);
    long forMany = statementsFor(many);

    // Citations and people are both described for the compiled read path (platform/compiler):
    // one statement for the root field, however many IDs.
    assertThat(forFew).isEqualTo(forMany).isEqualTo(1);
  }

  private static long statementsFor(List<String> ids) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document("common/graphql/nodes").variable("ids", ids).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("nodes.id")).isEqualTo(ids);
    return used;
  }

  /** Every node ID the dataset has, with its type, in a stable order. */
  private static Map<String, String> everyNode() {
    JsonPath data = GraphQL.document("common/graphql/every-node").data();
    Map<String, String> types = new LinkedHashMap<>();
    for (Map<String, Object> source : data.<Map<String, Object>>getList("sources.nodes")) {
      types.put((String) source.get("id"), "Source");
      Map<?, ?> citations = (Map<?, ?>) source.get("citations");
      assertThat(((Map<?, ?>) citations.get("pageInfo")).get("hasNextPage")).isEqualTo(false);
      for (Object item : (List<?>) citations.get("nodes")) {
        Map<?, ?> citation = (Map<?, ?>) item;
        types.put((String) citation.get("id"), "Citation");
        Map<?, ?> fact = (Map<?, ?>) citation.get("fact");
        types.put((String) fact.get("id"), (String) fact.get("__typename"));
      }
    }
    for (String id : data.getList("disputes.nodes.id", String.class)) {
      types.put(id, "Dispute");
    }
    assertThat(data.getBoolean("inferences.pageInfo.hasNextPage")).isFalse();
    for (String id : data.getList("inferences.nodes.id", String.class)) {
      types.put(id, "Inference");
    }
    return types;
  }

  private static Map<String, String> oneIdPerType(Map<String, String> everything) {
    Map<String, String> oneOfEach = new LinkedHashMap<>();
    everything.forEach((id, type) -> oneOfEach.putIfAbsent(type, id));
    return oneOfEach;
  }

  private static List<String> idsOf(Map<String, String> everything, String type) {
    return everything.entrySet().stream()
        .filter(e -> e.getValue().equals(type))
        .map(Map.Entry::getKey)
        .toList();
  }

  private static String personId(String name) {
    return GraphQL.document("common/graphql/people")
        .data()
        .getString("people.nodes.find { it.name == '" + name + "' }.id");
  }

  private static String encode(String raw) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.US_ASCII));
  }
}
