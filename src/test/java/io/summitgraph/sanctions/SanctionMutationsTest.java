package io.summitgraph.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SanctionMutationsTest extends CurationTest {

  String impose() {
    JsonPath data =
        mutate(
            "sanction-impose",
            Map.of(
                "description",
                "Test embargo",
                "issuer",
                fixture.countryId("USA"),
                "target",
                fixture.countryId("PRK"),
                "sector",
                "SHIPPING",
                "imposedOn",
                "2017-08",
                "citation",
                fixture.citation(0)));
    assertThat(data.getList("sanctionImpose.userErrors")).isEmpty();
    assertThat(data.getString("sanctionImpose.sanction.status")).isEqualTo("ACTIVE");
    assertThat(data.getString("sanctionImpose.sanction.issuer.isoCode")).isEqualTo("USA");
    return data.getString("sanctionImpose.sanction.id");
  }

  @Test
  void imposeAmendAndLift() {
    String id = impose();

    JsonPath amended =
        mutate(
            "sanction-amend",
            Map.of(
                "sanction",
                id,
                "version",
                0,
                "liftingCondition",
                "Full test coverage",
                "citation",
                fixture.citation(33)));
    assertThat(amended.getList("sanctionAmend.userErrors")).isEmpty();
    assertThat(amended.getString("sanctionAmend.sanction.liftingCondition"))
        .isEqualTo("Full test coverage");
    assertThat(amended.getList("sanctionAmend.sanction.citations")).hasSize(2);

    JsonPath lifted =
        mutate(
            "sanction-lift",
            Map.of(
                "sanction",
                id,
                "version",
                1,
                "liftedOn",
                "2020-01-15",
                "reason",
                "Coverage reached"));
    assertThat(lifted.getList("sanctionLift.userErrors")).isEmpty();
    assertThat(lifted.getString("sanctionLift.sanction.status")).isEqualTo("LIFTED");
    assertThat(lifted.getString("sanctionLift.sanction.liftedOn.iso")).isEqualTo("2020-01-15");
    assertThat(lifted.getString("sanctionLift.sanction.liftReason")).isEqualTo("Coverage reached");

    JsonPath again =
        mutate(
            "sanction-lift",
            Map.of("sanction", id, "version", 2, "liftedOn", "2020-02", "reason", "Again"));
    assertThat(again.getList("sanctionLift.userErrors.code")).containsExactly("RULE_VIOLATION");
    JsonPath amendLifted =
        mutate("sanction-amend", Map.of("sanction", id, "version", 2, "description", "Changed"));
    assertThat(amendLifted.getList("sanctionAmend.userErrors.code"))
        .containsExactly("RULE_VIOLATION");
  }

  @Test
  void liftingNeedsADateAndAReasonAndChangesNothingWithout() {
    String id = impose();

    JsonPath data = mutate("sanction-lift", Map.of("sanction", id, "version", 0, "reason", " "));

    assertThat(data.getList("sanctionLift.userErrors.code"))
        .containsExactly("RULE_VIOLATION", "RULE_VIOLATION");
    assertThat(data.getList("sanctionLift.userErrors.field"))
        .containsExactly(List.of("input", "liftedOn"), List.of("input", "reason"));
    assertThat(node(id).getInt("node.version")).isZero();
    assertThat(
            fixture.count(
                "select count(*) from sanction where status = 'ACTIVE' and id = "
                    + io.summitgraph.common.ids.GlobalId.decode(id).key()))
        .isEqualTo(1);
  }

  @Test
  void aSanctionIsNotImposedLifted() {
    JsonPath data =
        mutate(
            "sanction-impose",
            Map.of(
                "description", "Born lifted",
                "issuer", fixture.countryId("USA"),
                "target", fixture.countryId("PRK"),
                "status", "LIFTED",
                "citation", fixture.citation(0)));
    assertThat(data.getList("sanctionImpose.userErrors.code")).containsExactly("RULE_VIOLATION");
  }
}
