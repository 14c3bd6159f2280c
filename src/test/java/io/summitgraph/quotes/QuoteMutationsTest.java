package io.summitgraph.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationFixture;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class QuoteMutationsTest extends CurationTest {

  @Test
  void recordsAQuoteOfADescribedSpeakerThroughAChainOfOutlets() {
    String outlet =
        CurationFixture.created(
            "organization-create",
            "organizationCreate.organization.id",
            Map.of("name", "Quote Wire", "kind", "NEWS_AGENCY", "citation", fixture.citation(0)));
    Map<String, Object> citation =
        Map.of(
            "source", fixture.anySourceId(),
            "excerpt", fixture.excerptOf(fixture.anySourceId(), 40, 20),
            "reportedVia", List.of(outlet));

    JsonPath data =
        mutate(
            "quote-record",
            Map.of(
                "text", "We will test everything",
                "speakerDescription", "an unnamed tester",
                "saidOn", "2019",
                "citation", citation));

    assertThat(data.getList("quoteRecord.userErrors")).isEmpty();
    assertThat(data.getString("quoteRecord.quote.speaker")).isNull();
    assertThat(data.getString("quoteRecord.quote.speakerDescription"))
        .isEqualTo("an unnamed tester");
    assertThat(data.getString("quoteRecord.quote.saidOn.iso")).isEqualTo("2019");
    assertThat(data.getList("quoteRecord.quote.reportedVia.id")).containsExactly(outlet);
    assertThat(data.getString("quoteRecord.quote.audit.createdBy")).isEqualTo("test-curator");
  }

  @Test
  void aQuoteWithNeitherSpeakerNorDescriptionIsRefused() {
    long before = fixture.count("select count(*) from quote");
    JsonPath data =
        mutate("quote-record", Map.of("text", "Who said this?", "citation", fixture.citation(0)));
    assertThat(data.getList("quoteRecord.userErrors.code")).containsExactly("RULE_VIOLATION");
    assertThat(fixture.count("select count(*) from quote")).isEqualTo(before);
  }

  @Test
  void aNamedSpeakerIsEnough() {
    String speaker = fixture.person("Quincy Quoted");
    JsonPath data =
        mutate(
            "quote-record",
            Map.of("text", "Named words", "speaker", speaker, "citation", fixture.citation(0)));
    assertThat(data.getList("quoteRecord.userErrors")).isEmpty();
    assertThat(data.getString("quoteRecord.quote.speaker.id")).isEqualTo(speaker);
  }
}
