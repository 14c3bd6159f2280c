package io.summitgraph.disputes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class DisputeMutationsTest extends CurationTest {

  /** An event with two citations that disagree; returns [event, citation 1, citation 2]. */
  List<String> eventWithTwoCitations(String name) {
    String event = fixture.event(name);
    String first = node(event).getString("node.citations[0].id");
    JsonPath second =
        mutate("citation-attach", Map.of("fact", event, "citation", fixture.citation(200)));
    return List.of(event, first, second.getString("citationAttach.citation.id"));
  }

  Map<String, Object> claims(String fact, String a, String b) {
    return Map.of(
        "fact",
        fact,
        "property",
        "date",
        "description",
        "The sources give different dates.",
        "claims",
        List.of(
            Map.of("value", "March 2019", "citation", a),
            Map.of("value", "April 2019", "citation", b)));
  }

  @Test
  void markDisputedThenResolve() {
    List<String> ids = eventWithTwoCitations("Disputed talks");

    JsonPath marked = mutate("fact-mark-disputed", claims(ids.get(0), ids.get(1), ids.get(2)));
    assertThat(marked.getList("factMarkDisputed.userErrors")).isEmpty();
    assertThat(marked.getBoolean("factMarkDisputed.dispute.fact.disputed")).isTrue();
    assertThat(marked.getList("factMarkDisputed.dispute.claims.value"))
        .containsExactly("March 2019", "April 2019");
    String dispute = marked.getString("factMarkDisputed.dispute.id");

    JsonPath twice = mutate("fact-mark-disputed", claims(ids.get(0), ids.get(1), ids.get(2)));
    assertThat(twice.getList("factMarkDisputed.userErrors.code")).containsExactly("DUPLICATE");

    JsonPath detach = mutate("citation-detach", Map.of("citation", ids.get(2)));
    assertThat(detach.getList("citationDetach.userErrors.code")).containsExactly("RULE_VIOLATION");

    JsonPath stale =
        mutate(
            "dispute-resolve",
            Map.of("dispute", dispute, "version", 5, "citation", fixture.citation(300)));
    assertThat(stale.getList("disputeResolve.userErrors.code")).containsExactly("CONFLICT");

    JsonPath resolved =
        mutate(
            "dispute-resolve",
            Map.of("dispute", dispute, "version", 0, "citation", fixture.citation(300)));
    assertThat(resolved.getList("disputeResolve.userErrors")).isEmpty();
    assertThat(resolved.getBoolean("disputeResolve.dispute.resolved")).isTrue();
    assertThat(resolved.getInt("disputeResolve.dispute.version")).isEqualTo(1);
    assertThat(resolved.getBoolean("disputeResolve.dispute.fact.disputed")).isFalse();
    assertThat(resolved.getList("disputeResolve.dispute.fact.citations")).hasSize(3);

    JsonPath again =
        mutate(
            "dispute-resolve",
            Map.of("dispute", dispute, "version", 1, "citation", fixture.citation(300)));
    assertThat(again.getList("disputeResolve.userErrors.code")).containsExactly("RULE_VIOLATION");
  }

  @Test
  void claimsMustBeTwoAndCiteTheDisputedFact() {
    List<String> ids = eventWithTwoCitations("Claimed talks");
    String other = fixture.person("Other Fact");
    String othersCitation = node(other).getString("node.citations[0].id");
    long before = fixture.count("select count(*) from dispute");

    JsonPath foreign = mutate("fact-mark-disputed", claims(ids.get(0), ids.get(1), othersCitation));
    assertThat(foreign.getList("factMarkDisputed.userErrors.code"))
        .containsExactly("RULE_VIOLATION");
    assertThat(foreign.getList("factMarkDisputed.userErrors[0].field"))
        .isEqualTo(List.of("input", "claims", "1", "citation"));

    JsonPath single =
        mutate(
            "fact-mark-disputed",
            Map.of(
                "fact",
                ids.get(0),
                "property",
                "date",
                "description",
                "One side only.",
                "claims",
                List.of(Map.of("value", "March", "citation", ids.get(1)))));
    assertThat(single.getList("factMarkDisputed.userErrors.code")).containsExactly("INVALID");
    assertThat(fixture.count("select count(*) from dispute")).isEqualTo(before);
  }
}
