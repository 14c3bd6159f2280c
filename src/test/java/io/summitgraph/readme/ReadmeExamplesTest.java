package io.summitgraph.readme;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import org.junit.jupiter.api.Test;

/**
 * The README's example queries, copied verbatim into graphql/readme/: they run and answer the
 * articles' facts.
 */
@QuarkusTest
class ReadmeExamplesTest {

  @Test
  void theFirstSummitWithItsParticipantsAndCommitments() {
    var summit =
        GraphQL.document("readme/first-summit").data().setRootPath("data.summits.nodes[0]");

    assertThat(summit.getString("name")).isEqualTo("Singapore summit");
    assertThat(summit.getString("date.iso")).isEqualTo("2018-06-12");
    assertThat(summit.getString("location.country.isoCode")).isEqualTo("SGP");
    assertThat(summit.getList("participants.edges.node.name"))
        .containsExactly("Donald Trump", "Kim Jong Un");
    assertThat(summit.getList("agreements[0].commitments.description")).hasSize(3);
    assertThat(summit.getList("agreements[0].commitments.citations.flatten().excerpt"))
        .isNotEmpty();
  }

  @Test
  void theInspectionPromiseAndPompeosWords() {
    var data = GraphQL.document("readme/inspection-promise-and-quotes").data();

    assertThat(
            data.getList(
                "commitments.nodes.find { it.announcedBy?.name == 'Mike Pompeo' }.locations.name"))
        .containsExactly("Punggye-ri nuclear test site", "Sohae missile test facility");
    assertThat(data.getInt("people.nodes[0].quotes.totalCount")).isEqualTo(4);
    assertThat(data.getString("search.edges[0].snippet")).contains("<mark>");
  }
}
