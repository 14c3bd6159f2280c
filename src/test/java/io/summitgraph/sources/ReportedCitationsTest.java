package io.summitgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Organization.reportedCitations, the reverse of Citation.reportedVia: what each outlet reported.
 */
@QuarkusTest
class ReportedCitationsTest {

  @Test
  void kcnaReportedTheFarmVisitAndTwoQuotes() {
    var kcna =
        GraphQL.document("sources/reported-citations")
            .variable("name", "KCNA")
            .data()
            .setRootPath("data.organizations.nodes[0]");

    assertThat(kcna.getString("name")).isEqualTo("KCNA");
    assertThat(kcna.getList("reportedCitations.fact.name"))
        .contains("Kim Jong Un's visit to the potato farms");
    assertThat(kcna.getList("reportedCitations.fact.text"))
        .contains("gangster-like")
        .anyMatch(
            text -> text != null && text.toString().startsWith("Looking round farm machines"));
    // Every citation listed names KCNA in its chain: the two directions agree.
    List<List<String>> chains = kcna.getList("reportedCitations.reportedVia.name");
    assertThat(chains).isNotEmpty().allMatch(chain -> chain.contains("KCNA"));
  }

  @Test
  void theNewYorkMagazineReportedTheFarmVisitAndTheForeignMinistryNothing() {
    var magazine =
        GraphQL.document("sources/reported-citations")
            .variable("name", "New York Magazine")
            .data()
            .setRootPath("data.organizations.nodes[0]");
    // The visit, and Kim's participation in it.
    assertThat(magazine.getList("reportedCitations.fact.__typename"))
        .containsOnly("Event", "Participation");
    assertThat(
            magazine.getList(
                "reportedCitations.findAll { it.fact.__typename == 'Event' }.fact.name"))
        .containsOnly("Kim Jong Un's visit to the potato farms");

    var ministry =
        GraphQL.document("sources/reported-citations")
            .variable("name", "Foreign Ministry")
            .data()
            .setRootPath("data.organizations.nodes[0]");
    assertThat(ministry.getList("reportedCitations")).isEmpty();
  }
}
