package io.summitgraph.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.events.SeedIds;
import io.summitgraph.testing.GraphQL;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The joint statement of the first summit and what it commits the two countries to. */
@QuarkusTest
class AgreementsTest {

  @Inject SeedIds ids;

  static final List<String> JOINT_COMMITMENTS =
      List.of(
          "Establish new relations between the United States and North Korea",
          "Work toward complete denuclearization",
          "Push for a lasting peace on the Korean peninsula");

  @Test
  void theJointStatementOfTheSingaporeSummitCommitsBothCountriesToThreeThings() {
    JsonPath data = GraphQL.document("agreements/agreements").data();
    assertThat(data.getInt("agreements.totalCount")).isEqualTo(1);
    JsonPath statement = data.setRootPath("data.agreements.nodes[0]");
    assertThat(statement.getString("title")).isEqualTo("Joint statement of the Singapore summit");
    assertThat(statement.getString("signedOn.iso")).isEqualTo("2018-06-12");
    assertThat(statement.getString("signedOn.precision")).isEqualTo("DAY");
    assertThat(statement.getString("signedOn.earliest")).isEqualTo("2018-06-12");
    assertThat(statement.getString("signedOn.latest")).isEqualTo("2018-06-12");
    assertThat(statement.getString("event.name")).isEqualTo("Singapore summit");
    assertThat(statement.getList("event.agreements.title"))
        .containsExactly("Joint statement of the Singapore summit");

    assertThat(statement.getList("commitments.description"))
        .containsExactlyElementsOf(JOINT_COMMITMENTS);
    assertThat(statement.getList("commitments.kind")).containsOnly("JOINT_COMMITMENT");
    assertThat(statement.getList("commitments.status")).containsOnly("PROMISED");
    assertThat(statement.getList("commitments.agreement.title"))
        .containsOnly("Joint statement of the Singapore summit");
    for (int i = 0; i < 3; i++) {
      assertThat(statement.getList("commitments[" + i + "].parties.isoCode"))
          .containsExactly("USA", "PRK");
      assertThat(statement.getList("commitments[" + i + "].parties.__typename"))
          .containsOnly("Country");
    }
    assertThat(statement.getList("commitments[0].locations")).isEmpty();
    assertThat(statement.getList("commitments[1].locations")).isEmpty();
    assertThat(statement.getList("commitments[2].locations.name"))
        .containsExactly("Korean peninsula");
    assertThat(statement.getList("commitments[2].locations.kind")).containsExactly("REGION");
    assertThat(statement.getList("commitments.announcedBy")).containsOnlyNulls();
  }

  @Test
  void agreementsFilterByTitleAndEvent() {
    assertThat(titles(Map.of("title", "JOINT-statement")))
        .containsExactly("Joint statement of the Singapore summit");
    assertThat(titles(Map.of("title", "treaty"))).isEmpty();
    assertThat(titles(Map.of("title", "%"))).isEmpty();
    assertThat(titles(Map.of("event", ids.event("Singapore summit"))))
        .containsExactly("Joint statement of the Singapore summit");
    assertThat(titles(Map.of("event", ids.event("Trump-Kim follow-up meetings in Vietnam"))))
        .as("the second summit was cut short without an agreement")
        .isEmpty();
  }

  static List<String> titles(Map<String, Object> filter) {
    JsonPath data = GraphQL.document("agreements/agreements").variable("filter", filter).data();
    List<String> titles = data.getList("agreements.nodes.title");
    assertThat(data.getInt("agreements.totalCount")).isEqualTo(titles.size());
    return titles;
  }

  @Test
  void anAgreementFilterWithAnIdOfAnotherTypeIsRefused() {
    String agreementId =
        GraphQL.document("agreements/agreements").data().getString("agreements.nodes[0].id");
    var errors =
        GraphQL.document("agreements/agreements")
            .variable("filter", Map.of("event", agreementId))
            .errors();
    assertThat(errors.get(0).get("message").toString()).contains("Agreement", "expected", "Event");
    assertThat(errors.get(0)).extracting("extensions").asString().contains("BAD_USER_INPUT");
  }
}
