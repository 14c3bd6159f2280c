package io.summitgraph.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The seed articles' mentions, linked by migration V11, read both ways. */
@QuarkusTest
class MentionsTest {

  private static final String A000 = "000_45ece6f1795f26b7";
  private static final String A001 = "001_d936e0b87956d889";
  private static final String A002 = "002_49d120ea23732ed2";

  @Test
  void everyMentionStandsAtItsOffsetsInItsSource() {
    JsonPath data = GraphQL.document("mentions/source-mentions").variable("first", 100).data();
    List<Map<String, Object>> sources = data.getList("sources.nodes");
    assertThat(sources).hasSize(3);
    for (Map<String, Object> source : sources) {
      String text = (String) source.get("text");
      int[] codePoints = text.codePoints().toArray();
      Map<String, Object> mentions = map(source.get("mentions"));
      List<Map<String, Object>> edges = list(mentions.get("edges"));
      assertThat(edges).as("mentions of %s", source.get("slug")).isNotEmpty();
      assertThat((Integer) mentions.get("totalCount")).isEqualTo(edges.size());
      int previousStart = -1;
      for (Map<String, Object> edge : edges) {
        Map<String, Object> mention = map(edge.get("node"));
        int start = (Integer) mention.get("start");
        int end = (Integer) mention.get("end");
        assertThat(new String(codePoints, start, end - start)).isEqualTo(mention.get("text"));
        assertThat(start).isGreaterThanOrEqualTo(previousStart);
        previousStart = start;
        assertThat(map(mention.get("source")).get("slug")).isEqualTo(source.get("slug"));
        assertThat(map(mention.get("subject")).get("name")).isNotNull();
      }
    }
  }

  @Test
  void spellingVariantsOfTheSeedArticlesAreLinked() {
    JsonPath data = GraphQL.document("mentions/source-mentions").variable("first", 100).data();
    List<String> a000 = linked(data, A000);
    // Non-breaking hyphens (U+2011) as article 000 writes them.
    assertThat(a000)
        .contains(
            "Kim Jong‑Un -> Person Kim Jong Un",
            "Punggye‑Ri nuclear site -> Location Punggye-ri nuclear site",
            "Sohae missile test facility -> Location Sohae missile test facility",
            "Mike Pompeo -> Person Mike Pompeo",
            "Iowa -> Location Iowa",
            "Singapore -> Location Singapore",
            "Singapore -> Country Singapore",
            "North Korea -> Country North Korea");
    assertThat(linked(data, A001))
        .contains("Kim Jong Un -> Person Kim Jong Un", "Cassie Grissom -> Person Cassie Grissom");
    assertThat(linked(data, A002))
        .contains(
            "Kim Yong-chol -> Person Kim Yong-chol",
            "KCNA -> Organization KCNA",
            "Korean Central News Agency -> Organization KCNA",
            "New York Magazine -> Organization New York Magazine",
            "Potato Farm -> Location Farm community near the Chinese border",
            "U.S. -> Country United States of America");
    // "North Korean" is not "North Korea"; nothing overlaps.
    assertThat(a000).noneMatch(line -> line.startsWith("North Korean "));
  }

  @Test
  void mentionsAreQueryableFromEveryKindOfSubject() {
    JsonPath data =
        GraphQL.document("mentions/mentioned-in")
            .variable("person", "kim jong-un")
            .variable("organization", "KCNA")
            .variable("country", "north korea")
            .variable("location", "PUNGGYE RI")
            .data();
    List<Map<String, Object>> kim = data.getList("people.nodes[0].mentionedIn.nodes");
    assertThat(data.getString("people.nodes[0].name")).isEqualTo("Kim Jong Un");
    assertThat(kim)
        .extracting(mention -> map(mention.get("source")).get("slug"))
        .contains(A000, A001, A002);
    assertThat(kim)
        .extracting(mention -> mention.get("text"))
        .contains("Kim Jong‑Un", "Kim Jong Un");
    assertThat(kim)
        .allSatisfy(m -> assertThat(map(m.get("subject")).get("name")).isEqualTo("Kim Jong Un"));
    assertThat(data.getInt("people.nodes[0].mentionedIn.totalCount")).isEqualTo(kim.size());
    assertThat(data.getList("organizations.nodes[0].mentionedIn.nodes", Map.class)).isNotEmpty();
    assertThat(data.getList("countries.nodes[0].mentionedIn.nodes", Map.class)).isNotEmpty();
    assertThat(data.getList("locations.nodes[0].mentionedIn.nodes", Map.class))
        .extracting(mention -> mention.get("text"))
        .containsExactly("Punggye‑Ri nuclear site");
  }

  @Test
  void pagesFollowOnFromTheirCursorAndAMentionIsANode() {
    JsonPath all = GraphQL.document("mentions/source-mentions").variable("first", 100).data();
    List<String> everyId = all.getList("sources.nodes[0].mentions.edges.node.id");
    JsonPath first = GraphQL.document("mentions/source-mentions").variable("first", 3).data();
    assertThat(first.getBoolean("sources.nodes[0].mentions.pageInfo.hasNextPage")).isTrue();
    String cursor = first.getString("sources.nodes[0].mentions.pageInfo.endCursor");
    JsonPath next =
        GraphQL.document("mentions/source-mentions")
            .variable("first", 3)
            .variable("after", cursor)
            .data();
    List<String> paged = new ArrayList<>(first.getList("sources.nodes[0].mentions.edges.node.id"));
    paged.addAll(next.getList("sources.nodes[0].mentions.edges.node.id"));
    assertThat(paged).containsExactlyElementsOf(everyId.subList(0, 6));

    JsonPath node = GraphQL.document("mentions/mention-node").variable("id", everyId.get(0)).data();
    assertThat(node.getString("node.__typename")).isEqualTo("Mention");
    assertThat(node.getString("node.id")).isEqualTo(everyId.get(0));
  }

  @Test
  void nestedMentionsTakeAFixedNumberOfStatements() {
    long before = SqlStatementCounter.count();
    GraphQL.document("mentions/source-mentions").variable("first", 5).data();
    long small = SqlStatementCounter.count() - before;
    before = SqlStatementCounter.count();
    GraphQL.document("mentions/source-mentions").variable("first", 50).data();
    long large = SqlStatementCounter.count() - before;
    System.out.printf(
        "Source.mentions with subjects: %d statements at 5, %d at 50%n", small, large);
    // The sources, their mentions, the totals, the sources of the mentions, and one load per
    // kind of subject present (at most four): never one per mention.
    assertThat(small).isLessThanOrEqualTo(8);
    assertThat(large).isLessThanOrEqualTo(8);
  }

  private static List<String> linked(JsonPath data, String slug) {
    List<Map<String, Object>> sources = data.getList("sources.nodes");
    Map<String, Object> source =
        sources.stream().filter(s -> slug.equals(s.get("slug"))).findFirst().orElseThrow();
    return list(map(source.get("mentions")).get("edges")).stream()
        .map(edge -> map(edge.get("node")))
        .map(
            mention ->
                mention.get("text")
                    + " -> "
                    + map(mention.get("subject")).get("__typename")
                    + " "
                    + map(mention.get("subject")).get("name"))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return (Map<String, Object>) value;
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return (List<Map<String, Object>>) value;
  }
}
