package io.summitgraph.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.events.SeedIds;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Promises, offers and joint commitments: who is bound, about which places, announced by whom. */
@QuarkusTest
class CommitmentsTest {

  static final String INSPECTIONS =
      "Let international inspectors into the Punggye-ri nuclear site and the Sohae missile test"
          + " facility";
  static final String INVESTMENT =
      "Foreign investment opportunities for North Korea would be \"spectacular\"";
  static final List<String> OFFERS_FOR_DENUCLEARIZATION =
      List.of(
          "Open diplomatic relations with North Korea",
          "Humanitarian aid to North Korea",
          "Lift some sanctions on North Korea");
  static final String AID_FOR_PEACE =
      "Humanitarian aid and greater engagement on the world stage for North Korea";
  static final String PROMISED_MEETING =
      "A personal meeting with Kim Jong Un for the U.S. Secretary of State";

  @Inject SeedIds ids;

  static JsonPath commitments(Map<String, Object> filter) {
    return GraphQL.document("agreements/commitments")
        .variable("filter", filter)
        .variable("first", 100)
        .data();
  }

  static List<String> descriptions(Map<String, Object> filter) {
    JsonPath data = commitments(filter);
    List<String> descriptions = data.getList("commitments.edges.node.description");
    assertThat(data.getInt("commitments.totalCount")).isEqualTo(descriptions.size());
    return descriptions;
  }

  static JsonPath node(String id) {
    return GraphQL.document("agreements/party-commitments")
        .variable("id", id)
        .data()
        .setRootPath("data.node");
  }

  @Test
  void kimPromisedToOpenTwoSitesToInspectorsAnnouncedByNoOneTheArticleNames() {
    JsonPath data = commitments(Map.of("location", ids.location("Punggye-ri nuclear site")));
    assertThat(data.getInt("commitments.totalCount")).isEqualTo(1);
    JsonPath promise = data.setRootPath("data.commitments.edges[0].node");
    assertThat(promise.getString("description")).isEqualTo(INSPECTIONS);
    assertThat(promise.getString("kind")).isEqualTo("PROMISE");
    assertThat(promise.getString("status")).isEqualTo("PROMISED");
    assertThat(promise.getList("parties.name")).containsExactly("Kim Jong Un");
    assertThat(promise.getList("parties.__typename")).containsExactly("Person");
    assertThat(promise.getList("locations.name"))
        .containsExactly("Punggye-ri nuclear site", "Sohae missile test facility");
    assertThat(promise.getList("locations.kind")).containsExactly("SITE", "FACILITY");
    // Article 000 lists the promise under "Pompeo Adds the Check‑In" but names no announcer.
    assertThat(promise.getString("announcedBy")).isNull();
    assertThat(promise.getString("agreement")).as("made on its own").isNull();
  }

  @Test
  void allCommitmentsInRecordedOrder() {
    List<String> expected = new ArrayList<>(AgreementsTest.JOINT_COMMITMENTS);
    expected.add(INSPECTIONS);
    expected.add(INVESTMENT);
    expected.addAll(OFFERS_FOR_DENUCLEARIZATION);
    expected.add(AID_FOR_PEACE);
    expected.add(PROMISED_MEETING);
    assertThat(descriptions(null)).containsExactlyElementsOf(expected);
  }

  @Test
  void commitmentsFilterByKindStatusPartyAndLocation() {
    assertThat(descriptions(Map.of("kind", "PROMISE")))
        .containsExactly(INSPECTIONS, INVESTMENT, PROMISED_MEETING);
    assertThat(descriptions(Map.of("status", "BROKEN"))).containsExactly(PROMISED_MEETING);
    // Its status is read from what happened, not stated: only what the sources state is left.
    assertThat(descriptions(Map.of("basis", "PARTLY_INFERRED"))).containsExactly(PROMISED_MEETING);
    assertThat(descriptions(Map.of("basis", "STATED")))
        .hasSize(9)
        .contains(INSPECTIONS)
        .doesNotContain(PROMISED_MEETING);
    assertThat(descriptions(Map.of("kind", "OFFER", "status", "UNDER_CONSIDERATION")))
        .containsExactly("Lift some sanctions on North Korea");
    assertThat(descriptions(Map.of("status", "FULFILLED"))).isEmpty();
    assertThat(descriptions(Map.of("party", ids.person("Kim Jong Un"))))
        .containsExactly(INSPECTIONS);
    assertThat(descriptions(Map.of("party", ids.country("PRK"))))
        .containsExactlyElementsOf(AgreementsTest.JOINT_COMMITMENTS);
    assertThat(descriptions(Map.of("party", ids.country("USA"))))
        .containsAll(AgreementsTest.JOINT_COMMITMENTS)
        .containsAll(OFFERS_FOR_DENUCLEARIZATION)
        .hasSize(6);
    assertThat(descriptions(Map.of("party", ids.organization("KCNA")))).isEmpty();
    assertThat(descriptions(Map.of("location", ids.location("Korean peninsula"))))
        .containsExactly("Push for a lasting peace on the Korean peninsula");
    assertThat(descriptions(Map.of("location", ids.location("Sohae missile test facility"))))
        .containsExactly(INSPECTIONS);
  }

  @Test
  void aPartyFilterNamingNoPossiblePartyIsRefused() {
    var errors =
        GraphQL.document("agreements/commitments")
            .variable("filter", Map.of("party", ids.location("Singapore")))
            .errors();
    assertThat(errors.get(0).get("message").toString())
        .contains("Location", "expected type Person, Country or Organization");
    assertThat(errors.get(0)).extracting("extensions").asString().contains("BAD_USER_INPUT");
  }

  @Test
  void trumpsOffersBindHimAndTheUnitedStates() {
    JsonPath data = commitments(Map.of("kind", "OFFER"));
    assertThat(data.getList("commitments.edges.node.description"))
        .containsExactly(
            OFFERS_FOR_DENUCLEARIZATION.get(0),
            OFFERS_FOR_DENUCLEARIZATION.get(1),
            OFFERS_FOR_DENUCLEARIZATION.get(2),
            AID_FOR_PEACE);
    assertThat(data.getList("commitments.edges[0].node.parties.__typename"))
        .containsExactly("Person", "Country");
    assertThat(data.getString("commitments.edges[0].node.parties[0].name"))
        .isEqualTo("Donald Trump");
    assertThat(data.getString("commitments.edges[0].node.parties[1].isoCode")).isEqualTo("USA");
    assertThat(data.getList("commitments.edges.node.condition"))
        .containsExactly(
            "In exchange for denuclearization",
            "In exchange for denuclearization",
            "In exchange for denuclearization",
            "If North Korea pledges to pursue peace");
    assertThat(data.getList("commitments.edges.node.announcedBy.name"))
        .containsOnly("Donald Trump");
  }

  @Test
  void peopleCountriesOrganizationsAndPlacesListTheirCommitments() {
    JsonPath kim = node(ids.person("Kim Jong Un"));
    assertThat(kim.getList("commitments.description")).containsExactly(INSPECTIONS);
    assertThat(kim.getList("announcedCommitments")).isEmpty();

    JsonPath pompeo = node(ids.person("Mike Pompeo"));
    assertThat(pompeo.getList("commitments")).isEmpty();
    assertThat(pompeo.getList("announcedCommitments")).isEmpty();

    JsonPath trump = node(ids.person("Donald Trump"));
    List<String> trumps = new ArrayList<>(List.of(INVESTMENT));
    trumps.addAll(OFFERS_FOR_DENUCLEARIZATION);
    trumps.add(AID_FOR_PEACE);
    assertThat(trump.getList("commitments.description")).containsExactlyElementsOf(trumps);
    assertThat(trump.getList("announcedCommitments.description")).containsExactlyElementsOf(trumps);

    assertThat(node(ids.country("PRK")).getList("commitments.description"))
        .containsExactlyElementsOf(AgreementsTest.JOINT_COMMITMENTS);
    List<String> american = new ArrayList<>(AgreementsTest.JOINT_COMMITMENTS);
    american.addAll(OFFERS_FOR_DENUCLEARIZATION);
    assertThat(node(ids.country("USA")).getList("commitments.description"))
        .containsExactlyElementsOf(american);

    JsonPath kcna = node(ids.organization("KCNA"));
    assertThat(kcna.getString("name")).isEqualTo("KCNA");
    assertThat(kcna.getList("commitments")).isEmpty();

    JsonPath punggyeRi = node(ids.location("Punggye-ri nuclear site"));
    assertThat(punggyeRi.getList("commitments.description")).containsExactly(INSPECTIONS);
    assertThat(punggyeRi.getList("commitments[0].locations.name"))
        .contains("Punggye-ri nuclear site");
    assertThat(node(ids.location("Korean peninsula")).getList("commitments.description"))
        .containsExactly("Push for a lasting peace on the Korean peninsula");
    assertThat(node(ids.location("Singapore")).getList("commitments")).isEmpty();
  }

  @Test
  void walkingAllCommitmentsTwoAtATimeVisitsEachOnce() {
    List<String> all = descriptions(null);
    List<JsonPath> pages =
        Pages.forward(
            "commitments",
            after ->
                GraphQL.document("agreements/commitments")
                    .variable("first", 2)
                    .variable("after", after)
                    .data());
    for (JsonPath page : pages) {
      assertThat(page.getInt("commitments.totalCount")).isEqualTo(10);
    }
    List<String> seen = Pages.nodes(pages, "commitments.edges.node.description");
    assertThat(seen).containsExactlyElementsOf(all).doesNotHaveDuplicates();
  }

  @Test
  void walkingCommitmentsByDescriptionBackwardsVisitsEachOnce() {
    Map<String, Object> order = new HashMap<>();
    order.put("field", "DESCRIPTION");
    List<String> ascending =
        GraphQL.document("agreements/commitments")
            .variable("orderBy", order)
            .data()
            .getList("commitments.edges.node.description");
    List<JsonPath> pagesBack =
        Pages.backward(
            "commitments",
            before ->
                GraphQL.document("agreements/commitments")
                    .variable("orderBy", order)
                    .variable("last", 4)
                    .variable("before", before)
                    .data());
    List<String> seen = Pages.nodes(pagesBack, "commitments.edges.node.description");
    assertThat(seen).hasSize(10).containsExactlyElementsOf(ascending);
  }
}
