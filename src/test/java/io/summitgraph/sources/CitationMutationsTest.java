package io.summitgraph.sources;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Tokens;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CitationMutationsTest extends CurationTest {

  @Test
  void attachesAVerbatimCitationThroughAnOutletAndDetachesIt() {
    String person = fixture.person("Cita Tion");
    String source = fixture.anySourceId();
    String excerpt = fixture.excerptOf(source, 100, 25);
    String outlet = CurationTestSupport.organization(fixture, "Test Wire");

    JsonPath attached =
        GraphQL.document("curation/citation-attach")
            .withToken(Tokens.curator("carol"))
            .variable(
                "input",
                Map.of(
                    "fact",
                    person,
                    "citation",
                    Map.of("source", source, "excerpt", excerpt, "reportedVia", List.of(outlet))))
            .data();

    assertThat(attached.getList("citationAttach.userErrors")).isEmpty();
    // The offset is where the excerpt first occurs in the source (it may occur earlier than 100).
    String text =
        fixture.text(
            "select text from source where id = "
                + io.summitgraph.common.ids.GlobalId.decode(source).key());
    assertThat(attached.getInt("citationAttach.citation.startOffset"))
        .isEqualTo(text.codePointCount(0, text.indexOf(excerpt)))
        .isLessThanOrEqualTo(100);
    assertThat(attached.getList("citationAttach.citation.reportedVia.id")).containsExactly(outlet);
    assertThat(attached.getList("citationAttach.fact.citations")).hasSize(2);
    assertThat(attached.getString("citationAttach.fact.audit.updatedBy")).isEqualTo("carol");

    JsonPath twice =
        mutate(
            "citation-attach",
            Map.of("fact", person, "citation", Map.of("source", source, "excerpt", excerpt)));
    assertThat(twice.getList("citationAttach.userErrors.code")).containsExactly("DUPLICATE");

    String citation = attached.getString("citationAttach.citation.id");
    JsonPath detached = mutate("citation-detach", Map.of("citation", citation));
    assertThat(detached.getList("citationDetach.userErrors")).isEmpty();
    assertThat(detached.getString("citationDetach.detachedCitationId")).isEqualTo(citation);
    assertThat(detached.getList("citationDetach.fact.citations")).hasSize(1);
  }

  @Test
  void theLastCitationOfAFactStays() {
    String person = fixture.person("Last Citation");
    String only = node(person).getString("node.citations[0].id");

    JsonPath data = mutate("citation-detach", Map.of("citation", only));

    assertThat(data.getList("citationDetach.userErrors.code")).containsExactly("RULE_VIOLATION");
    assertThat(data.getList("citationDetach.userErrors[0].field"))
        .isEqualTo(List.of("input", "citation"));
    assertThat(node(person).getList("node.citations")).hasSize(1);
  }

  @Test
  void aNonVerbatimExcerptIsRefused() {
    String person = fixture.person("Not Verbatim");
    long before = fixture.count("select count(*) from citation");
    JsonPath data =
        mutate(
            "citation-attach",
            Map.of(
                "fact",
                person,
                "citation",
                Map.of("source", fixture.anySourceId(), "excerpt", "no source ever said this")));
    assertThat(data.getList("citationAttach.userErrors.code")).containsExactly("NOT_VERBATIM");
    assertThat(data.getList("citationAttach.userErrors[0].field"))
        .isEqualTo(List.of("input", "citation", "excerpt"));
    assertThat(fixture.count("select count(*) from citation")).isEqualTo(before);
  }

  @Test
  void anExcerptMustBeWholeWordsLongEnoughToStateSomething() {
    String person = fixture.person("Meaningless Excerpts");
    String source = fixture.anySourceId();
    String words = fixture.excerptOf(source, 0, 40);
    long before = fixture.count("select count(*) from citation");
    Map<String, String> refused =
        Map.of(
            words.substring(0, 1),
            "INVALID", // verbatim, one character
            "          ",
            "INVALID", // whitespace only
            "  ,  ",
            "INVALID", // no words
            words.substring(1),
            "NOT_VERBATIM", // starts inside a word
            words.substring(0, words.length() - 1),
            "NOT_VERBATIM"); // ends inside one
    refused.forEach(
        (excerpt, code) -> {
          JsonPath data =
              mutate(
                  "citation-attach",
                  Map.of("fact", person, "citation", Map.of("source", source, "excerpt", excerpt)));
          assertThat(data.getList("citationAttach.userErrors.code"))
              .as("excerpt «%s»", excerpt)
              .containsExactly(code);
        });
    assertThat(fixture.count("select count(*) from citation")).isEqualTo(before);
    JsonPath accepted =
        mutate(
            "citation-attach",
            Map.of("fact", person, "citation", Map.of("source", source, "excerpt", words)));
    assertThat(accepted.getList("citationAttach.userErrors")).isEmpty();
  }

  @Test
  void aSourceIsNotAFactAndAnUnknownSourceIsNotFound() {
    JsonPath data =
        mutate(
            "citation-attach",
            Map.of(
                "fact",
                fixture.anySourceId(),
                "citation",
                Map.of("source", fixture.countryId("USA"), "excerpt", "anything")));
    assertThat(data.getList("citationAttach.userErrors.field"))
        .containsExactly(List.of("input", "fact"), List.of("input", "citation", "source"));
    assertThat(data.getList("citationAttach.userErrors.code")).containsOnly("NOT_FOUND");
  }
}
