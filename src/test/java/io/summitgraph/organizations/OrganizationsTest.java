package io.summitgraph.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class OrganizationsTest {

  static final List<String> ALL =
      List.of(
          "CNN", "Foreign Ministry of North Korea", "KCNA", "New York Magazine", "The Independent");

  @Test
  void everyOrganizationOfTheArticlesWithItsKind() {
    JsonPath data = GraphQL.document("organizations/organizations-in-detail").data();

    assertThat(data.getInt("organizations.totalCount")).isEqualTo(5);
    assertThat(data.getList("organizations.nodes.name")).containsExactlyElementsOf(ALL);
    assertThat(data.getList("organizations.nodes.kind"))
        .containsExactly("BROADCASTER", "MINISTRY", "NEWS_AGENCY", "MAGAZINE", "NEWSPAPER");
    // A country only where the text gives one.
    assertThat(data.getList("organizations.nodes.collect { it.country?.isoCode }"))
        .containsExactly(null, "PRK", "PRK", null, null);
    // The articles' one role in an organization: the foreign minister's.
    assertThat(data.getList("organizations.nodes.members.flatten().title"))
        .containsExactly("Foreign Minister");
  }

  @Test
  void kcnaIsNorthKoreasStateNewsAgency() {
    JsonPath data =
        GraphQL.document("organizations/organizations-in-detail")
            .variable("filter", Map.of("name", "KCNA"))
            .data();

    assertThat(data.getList("organizations.nodes")).hasSize(1);
    assertThat(data.getString("organizations.nodes[0].name")).isEqualTo("KCNA");
    assertThat(data.getList("organizations.nodes[0].aliases"))
        .containsExactly("Korean Central News Agency");
    assertThat(data.getString("organizations.nodes[0].kind")).isEqualTo("NEWS_AGENCY");
    assertThat(data.getString("organizations.nodes[0].description"))
        .isEqualTo("State-run North Korean news agency");
    assertThat(data.getMap("organizations.nodes[0].country"))
        .isEqualTo(Map.of("isoCode", "PRK", "name", "North Korea"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"KCNA", "kcna", "Korean Central News Agency", "korean-central news", "Central"})
  void namesAndAliasesMatchAcrossSpellingVariants(String spelling) {
    assertThat(names(Map.of("name", spelling))).containsExactly("KCNA");
  }

  @Test
  void wildcardCharactersInANameAreLiteral() {
    assertThat(names(Map.of("name", "%"))).isEmpty();
    assertThat(names(Map.of("name", "_"))).isEmpty();
    assertThat(names(Map.of("name", "magazine"))).containsExactly("New York Magazine");
  }

  @Test
  void filtersByKindAndCountry() {
    Map<String, String> countries = countryIds();

    assertThat(names(Map.of("kind", "NEWS_AGENCY"))).containsExactly("KCNA");
    assertThat(names(Map.of("kind", "MINISTRY")))
        .containsExactly("Foreign Ministry of North Korea");
    assertThat(names(Map.of("kind", "GOVERNMENT"))).isEmpty();
    assertThat(names(Map.of("country", countries.get("PRK"))))
        .containsExactly("Foreign Ministry of North Korea", "KCNA");
    assertThat(names(Map.of("country", countries.get("USA")))).isEmpty();
    assertThat(names(Map.of("country", countries.get("PRK"), "kind", "NEWS_AGENCY")))
        .containsExactly("KCNA");
    assertThat(names(Map.of("country", countries.get("PRK"), "name", "news")))
        .containsExactly("KCNA");
  }

  @Test
  void countriesListTheirOrganizations() {
    JsonPath data = GraphQL.document("organizations/country-organizations").data();

    assertThat(data.getList("countries.nodes.isoCode"))
        .containsExactly("CHN", "JPN", "KOR", "PRK", "SGP", "USA", "VNM");
    assertThat(data.getList("countries.nodes.find { it.isoCode == 'PRK' }.organizations.name"))
        .containsExactly("Foreign Ministry of North Korea", "KCNA");
    assertThat(data.getList("countries.nodes.find { it.isoCode == 'PRK' }.organizations.kind"))
        .containsExactly("MINISTRY", "NEWS_AGENCY");
    assertThat(
            data.getList(
                "countries.nodes.find { it.isoCode == 'PRK' }.organizations.country.isoCode"))
        .containsOnly("PRK");
    assertThat(
            data.getList("countries.nodes.findAll { it.isoCode != 'PRK' }.organizations.flatten()"))
        .isEmpty();
  }

  @Test
  void walkingForwardAndBackwardReturnsEachOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "organizations",
            after ->
                GraphQL.document("organizations/organizations")
                    .variable("first", 2)
                    .variable("after", after)
                    .data());
    for (JsonPath page : pages) {
      assertThat(page.getInt("organizations.totalCount")).isEqualTo(5);
    }
    List<String> forward = Pages.nodes(pages, "organizations.edges.node.name", String.class);
    assertThat(forward).containsExactlyElementsOf(ALL);

    List<JsonPath> pagesBack =
        Pages.backward(
            "organizations",
            before ->
                GraphQL.document("organizations/organizations")
                    .variable("last", 2)
                    .variable("before", before)
                    .data());
    List<String> backward = Pages.nodes(pagesBack, "organizations.edges.node.name", String.class);
    assertThat(backward).containsExactlyElementsOf(ALL);
  }

  @Test
  void descendingOrderWalksZToA() {
    List<JsonPath> pages =
        Pages.forward(
            "organizations",
            after ->
                GraphQL.document("organizations/organizations")
                    .variable("orderBy", Map.of("direction", "DESC"))
                    .variable("first", 2)
                    .variable("after", after)
                    .data());
    List<String> seen = Pages.nodes(pages, "organizations.edges.node.name", String.class);
    List<String> zToA = new ArrayList<>(ALL);
    Collections.reverse(zToA);
    assertThat(seen).containsExactlyElementsOf(zToA);
  }

  @Test
  void aCountryFilterMustBeACountryId() {
    String organizationId =
        GraphQL.document("organizations/organizations")
            .data()
            .getString("organizations.edges[0].node.id");
    var errors =
        GraphQL.document("organizations/organizations")
            .variable("filter", Map.of("country", organizationId))
            .errors();
    assertThat(errors.get(0).get("message")).asString().contains("expected type Country");
    assertThat(errors.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");
  }

  @Test
  void nestedQueryCostsTheSameStatementsWhateverThePageSize() {
    // Organizations, their countries, those countries' organizations and their countries, members
    // and their people: one root field, which the compiled read path (platform/compiler) serves
    // with one statement at any page size.
    for (int first : new int[] {1, 2, 5, 50}) {
      assertThat(statementsFor(first)).as("statements at first: %d", first).isEqualTo(1L);
    }
    assertThat(statementsFor(50)).isEqualTo(statementsFor(5));
  }

  private static long statementsFor(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data =
        GraphQL.document("organizations/organizations-nested").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("organizations.nodes")).hasSize(Math.min(first, 5));
    return used;
  }

  private static List<String> names(Map<String, Object> filter) {
    return GraphQL.document("organizations/organizations")
        .variable("filter", filter)
        .variable("first", 100)
        .data()
        .getList("organizations.edges.node.name", String.class);
  }

  private static Map<String, String> countryIds() {
    List<Map<String, String>> nodes =
        GraphQL.document("organizations/country-ids").data().getList("countries.nodes");
    return nodes.stream().collect(Collectors.toMap(n -> n.get("isoCode"), n -> n.get("id")));
  }
}
