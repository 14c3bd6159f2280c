package io.summitgraph.agreements;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class AgreementMutationsTest extends CurationTest {

  Map<String, Object> commitment(String description, List<String> parties, List<String> places) {
    return Map.of(
        "description",
        description,
        "kind",
        "PROMISE",
        "status",
        "PROMISED",
        "parties",
        parties,
        "locations",
        places,
        "citation",
        fixture.citation(60));
  }

  @Test
  void recordsAnAgreementWithItsCommitmentsAndChangesAStatus() {
    String event = fixture.event("Agreement summit");
    String person = fixture.person("Agnes Agreeing");
    String site = fixture.location("Test Site");
    String usa = fixture.countryId("USA");

    JsonPath data =
        mutate(
            "agreement-record",
            Map.of(
                "title",
                "Test accord",
                "event",
                event,
                "signedOn",
                "2019-03-01",
                "citation",
                fixture.citation(0),
                "commitments",
                List.of(
                    commitment("Open the site", List.of(person, usa), List.of(site)),
                    commitment("Keep talking", List.of(usa), List.of()))));

    assertThat(data.getList("agreementRecord.userErrors")).isEmpty();
    assertThat(data.getList("agreementRecord.agreement.commitments.description"))
        .containsExactly("Open the site", "Keep talking");
    assertThat(data.getList("agreementRecord.commitments[0].parties.id"))
        .containsExactly(person, usa);
    assertThat(data.getList("agreementRecord.commitments[0].locations.id")).containsExactly(site);
    assertThat(data.getString("agreementRecord.agreement.event.id")).isEqualTo(event);

    String commitment = data.getString("agreementRecord.commitments[0].id");
    JsonPath changed =
        mutate(
            "commitment-change-status",
            Map.of(
                "commitment",
                commitment,
                "version",
                0,
                "status",
                "BROKEN",
                "citation",
                fixture.citation(90)));
    assertThat(changed.getList("commitmentChangeStatus.userErrors")).isEmpty();
    assertThat(changed.getString("commitmentChangeStatus.commitment.status")).isEqualTo("BROKEN");
    assertThat(changed.getInt("commitmentChangeStatus.commitment.version")).isEqualTo(1);
    assertThat(changed.getList("commitmentChangeStatus.commitment.citations")).hasSize(2);

    JsonPath stale =
        mutate(
            "commitment-change-status",
            Map.of(
                "commitment",
                commitment,
                "version",
                0,
                "status",
                "FULFILLED",
                "citation",
                fixture.citation(90)));
    assertThat(stale.getList("commitmentChangeStatus.userErrors.code")).containsExactly("CONFLICT");
    JsonPath same =
        mutate(
            "commitment-change-status",
            Map.of(
                "commitment",
                commitment,
                "version",
                1,
                "status",
                "BROKEN",
                "citation",
                fixture.citation(90)));
    assertThat(same.getList("commitmentChangeStatus.userErrors.code")).containsExactly("INVALID");
  }

  @Test
  void aBadPartyRefusesTheWholeAgreement() {
    long agreements = fixture.count("select count(*) from agreement");
    long commitments = fixture.count("select count(*) from commitment");
    String site = fixture.location("Bad Party Site");

    JsonPath data =
        mutate(
            "agreement-record",
            Map.of(
                "title", "Broken accord",
                "citation", fixture.citation(0),
                "commitments",
                    List.of(
                        commitment("Fine", List.of(fixture.countryId("USA")), List.of()),
                        commitment("Not fine", List.of(site), List.of()))));

    assertThat(data.getList("agreementRecord.userErrors.code")).containsExactly("NOT_FOUND");
    assertThat(data.getList("agreementRecord.userErrors[0].field"))
        .isEqualTo(List.of("input", "commitments", "1", "parties", "0"));
    assertThat(fixture.count("select count(*) from agreement")).isEqualTo(agreements);
    assertThat(fixture.count("select count(*) from commitment")).isEqualTo(commitments);
  }
}
