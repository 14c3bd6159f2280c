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
                "commitments.nodes.find { it.description.contains('inspectors') }.locations.name"))
        .containsExactly("Punggye-ri nuclear site", "Sohae missile test facility");
    assertThat(
            data.getString(
                "commitments.nodes.find { it.description.contains('inspectors') }.announcedBy"))
        .isNull();
    assertThat(data.getInt("people.nodes[0].quotes.totalCount")).isEqualTo(4);
    assertThat(data.getString("search.edges[0].snippet")).contains("<mark>");
  }

  @Test
  void theMidtermsDateAndThePlacesWithInferredDetails() {
    var data = GraphQL.document("readme/stated-and-inferred").data();

    assertThat(data.getString("events.nodes[0].date.iso")).isEqualTo("--11-06");
    assertThat(data.getString("events.nodes[0].date.precision")).isEqualTo("MONTH_DAY");
    assertThat(data.getString("events.nodes[0].basis")).isEqualTo("PARTLY_INFERRED");
    assertThat(data.getString("events.nodes[0].inferences.find { it.field == 'date' }.value"))
        .isEqualTo("2018-11-06");
    assertThat(data.getList("events.nodes[0].citations.excerpt", String.class))
        .noneMatch(excerpt -> excerpt.contains("2018") || excerpt.contains("2019"));
    assertThat(data.getList("locations.nodes.basis")).containsOnly("PARTLY_INFERRED");
    assertThat(data.getList("locations.nodes.name"))
        .contains("Singapore", "Punggye-ri nuclear site", "Samjiyon");
  }
}
