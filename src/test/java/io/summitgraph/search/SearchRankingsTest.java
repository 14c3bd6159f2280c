package io.summitgraph.search;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.CurationFixture;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Waiting;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Kept rankings ({@link Rankings}): a search asked again is answered without ranking again or
 * cutting its snippets again, and a change committed since is found by the next search.
 */
@QuarkusTest
class SearchRankingsTest {

  @Inject DataSource dataSource;

  @Test
  void aSearchAskedAgainIsNotRankedAgain() {
    // Excluding a word no document has keeps the results and makes a query no other test sends.
    String query = "denuclearization -" + unusedWord();

    long before = SqlStatementCounter.count();
    JsonPath first = search(query, 3);
    long firstStatements = SqlStatementCounter.count() - before;
    before = SqlStatementCounter.count();
    JsonPath again = search(query, 3);
    long againStatements = SqlStatementCounter.count() - before;

    assertThat(first.getList("search.edges")).hasSize(3);
    assertThat(again.getList("search.edges")).isEqualTo(first.getList("search.edges"));
    assertThat(again.getInt("search.totalCount")).isEqualTo(first.getInt("search.totalCount"));
    // Neither the ranking nor the page's snippets are computed the second time; its nodes are read.
    assertThat(againStatements).isEqualTo(firstStatements - 2);
  }

  @Test
  void aChangeIsFoundByTheNextSearch() throws InterruptedException {
    CurationFixture fixture = new CurationFixture(dataSource);
    String word = unusedWord();
    try {
      assertThat(search(word, 5).getInt("search.totalCount")).isZero(); // now kept, empty

      String event = fixture.event("The " + word + " talks");

      // The database announces the commit to every instance, this one included, within moments.
      assertThat(
              Waiting.until(
                  Duration.ofSeconds(20), () -> search(word, 5).getInt("search.totalCount") == 1))
          .isTrue();
      assertThat(search(word, 5).getString("search.edges[0].node.id")).isEqualTo(event);
    } finally {
      fixture.cleanUp();
    }
  }

  /** A made-up word of letters only, which no document of the articles contains. */
  private static String unusedWord() {
    StringBuilder word = new StringBuilder("qx");
    for (int i = 0; i < 10; i++) {
      word.append((char) ('a' + ThreadLocalRandom.current().nextInt(26)));
    }
    return word.toString();
  }

  private static JsonPath search(String query, int first) {
    return GraphQL.document("search/search")
        .variable("query", query)
        .variable("first", first)
        .data();
  }
}
