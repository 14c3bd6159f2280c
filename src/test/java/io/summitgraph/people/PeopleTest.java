package io.summitgraph.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@QuarkusTest
class PeopleTest {

  static final List<String> EVERYONE =
      List.of("Cassie Grissom", "Donald Trump", "Kim Jong Un", "Kim Yong-chol", "Mike Pompeo");

  @Inject DataSource dataSource;

  @Test
  void everyPersonOfTheArticlesWithAliasesAndCountry() {
    JsonPath data = GraphQL.document("people/people-in-detail").data();

    assertThat(data.getInt("people.totalCount")).isEqualTo(5);
    assertThat(data.getList("people.nodes.name", String.class)).containsExactlyElementsOf(EVERYONE);
    assertThat(person(data, "Donald Trump").get("aliases"))
        .isEqualTo(List.of("Trump", "President Donald Trump"));
    assertThat(person(data, "Kim Jong Un").get("aliases")).isEqualTo(List.of("Kim Jong\u2011Un"));
    assertThat(person(data, "Mike Pompeo").get("aliases")).isEqualTo(List.of("Pompeo"));
    assertThat(person(data, "Kim Yong-chol").get("aliases")).isEqualTo(List.of());
    assertThat(person(data, "Cassie Grissom").get("aliases")).isEqualTo(List.of("Cassie"));
    assertThat(data.getList("people.nodes.collect { it.country?.isoCode }", String.class))
        .containsExactly("USA", "USA", "PRK", "PRK", "USA");
    assertThat(data.getString("people.nodes.find { it.name == 'Kim Jong Un' }.country.name"))
        .isEqualTo("North Korea");
    assertThat(data.getString("people.nodes.find { it.name == 'Kim Jong Un' }.description"))
        .isEqualTo("Leader of North Korea");
  }

  @Test
  void rolesAsTheArticlesStateThem() {
    JsonPath data = GraphQL.document("people/people-in-detail").data();

    assertThat(roles(data, "Mike Pompeo"))
        .extracting(r -> r.get("title"), r -> isoCode(r.get("country")))
        .containsExactly(tuple("U.S. Secretary of State", "USA"));
    assertThat(roles(data, "Kim Yong-chol"))
        .extracting(r -> r.get("title"), r -> isoCode(r.get("country")))
        .containsExactly(tuple("Foreign Minister", "PRK"));
    assertThat(roles(data, "Donald Trump"))
        .extracting(r -> r.get("title"), r -> isoCode(r.get("country")))
        .containsExactly(tuple("President of the United States", "USA"));
    assertThat(roles(data, "Kim Jong Un"))
        .extracting(r -> r.get("title"), r -> isoCode(r.get("country")))
        .containsExactly(tuple("Leader of North Korea", "PRK"));
    // Only the foreign minister's role belongs to a named organization; no role has an end date.
    assertThat(roles(data, "Kim Yong-chol"))
        .extracting(r -> r.get("organization"))
        .containsExactly(Map.of("name", "Foreign Ministry of North Korea"));
    assertThat(data.getList("people.nodes.roles.flatten().ended")).containsOnlyNulls();
    assertThat(data.getList("people.nodes.organizations.flatten().name"))
        .containsExactly("Foreign Ministry of North Korea");
  }

  @Test
  void cassieGrissomLivesInSeoulAndHasStudiedThePeninsulaSince2011() {
    JsonPath data = GraphQL.document("people/people-in-detail").data();
    Map<String, Object> cassie = person(data, "Cassie Grissom");

    assertThat(cassie.get("residence"))
        .isEqualTo(Map.of("name", "Seoul", "kind", "CITY", "country", Map.of("isoCode", "KOR")));
    assertThat(isoCode(cassie.get("country"))).isEqualTo("USA");
    // Dated roles first (by start), then the undated ones in the order they were recorded.
    assertThat(roles(data, "Cassie Grissom"))
        .extracting(r -> r.get("title"))
        .containsExactly(
            "Student of the Korean peninsula",
            "Journalist",
            "Author",
            "Advocate for human rights in North Korea");
    Map<String, Object> studying = roles(data, "Cassie Grissom").get(0);
    // "since 2011" is a year: the whole of 2011, never an invented day.
    assertThat(studying.get("started"))
        .isEqualTo(Map.of("iso", "2011", "earliest", "2011-01-01", "latest", "2011-12-31"));
    assertThat(roles(data, "Cassie Grissom").subList(1, 4))
        .extracting(r -> r.get("started"))
        .containsOnlyNulls();
    assertThat(roles(data, "Cassie Grissom")).extracting(r -> r.get("country")).containsOnlyNulls();
  }

  @Test
  void everyRoleLeadsBackToItsPerson() {
    JsonPath data = GraphQL.document("people/people-in-detail").data();

    for (String name : EVERYONE) {
      assertThat(roles(data, name)).isNotEmpty();
      assertThat(roles(data, name))
          .extracting(r -> r.get("person"))
          .containsOnly(Map.of("name", name));
    }
    assertThat(data.getList("people.nodes.roles.flatten().id", String.class))
        .hasSize(8)
        .doesNotHaveDuplicates();
  }

  @Test
  void countriesListThePositionsServingThem() {
    JsonPath data = GraphQL.document("people/country-roles").data();

    assertThat(rolesOf(data, "USA"))
        .containsExactly("President of the United States", "U.S. Secretary of State");
    assertThat(rolesOf(data, "PRK")).containsExactly("Leader of North Korea", "Foreign Minister");
    assertThat(data.getList("countries.nodes.find { it.isoCode == 'PRK' }.roles.person.name"))
        .containsExactly("Kim Jong Un", "Kim Yong-chol");
    assertThat(
            data.getList(
                "countries.nodes.find { it.isoCode == 'USA' }.roles.person.country.isoCode"))
        .containsOnly("USA");
    assertThat(data.getList("countries.nodes.roles.flatten().country.isoCode"))
        .hasSize(4)
        .containsOnly("USA", "PRK");
    // Cassie Grissom's positions serve no country.
    assertThat(rolesOf(data, "KOR")).isEmpty();
  }

  @Test
  void peopleAndRolesAreNodes() {
    JsonPath people = GraphQL.document("people/people-in-detail").data();
    Map<String, Object> pompeo = person(people, "Mike Pompeo");
    String roleId = (String) roles(people, "Mike Pompeo").get(0).get("id");

    JsonPath person = GraphQL.document("people/node").variable("id", pompeo.get("id")).data();
    assertThat(person.getMap("node"))
        .isEqualTo(Map.of("__typename", "Person", "id", pompeo.get("id"), "name", "Mike Pompeo"));
    JsonPath role = GraphQL.document("people/node").variable("id", roleId).data();
    assertThat(role.getString("node.__typename")).isEqualTo("PersonRole");
    assertThat(role.getString("node.title")).isEqualTo("U.S. Secretary of State");
    assertThat(role.getString("node.person.name")).isEqualTo("Mike Pompeo");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Kim Jong Un",
        "Kim Jong-Un",
        "kim jong un",
        "Kim Jong\u2011Un",
        "KIM JONG-UN",
        "  kim   jong  un ",
        "Kím Jöng Un",
        "jong-un"
      })
  void namesMatchAcrossSpellingVariants(String spelling) {
    assertThat(names(Map.of("name", spelling))).containsExactly("Kim Jong Un");
  }

  @Test
  void nameFilterMatchesAliasesAndParts() {
    assertThat(names(Map.of("name", "Kim"))).containsExactly("Kim Jong Un", "Kim Yong-chol");
    assertThat(names(Map.of("name", "President Donald Trump"))).containsExactly("Donald Trump");
    assertThat(names(Map.of("name", "kim yong chol"))).containsExactly("Kim Yong-chol");
    assertThat(names(Map.of("name", "pompeo"))).containsExactly("Mike Pompeo");
    assertThat(names(Map.of("name", "Moon Jae-in"))).isEmpty();
  }

  @Test
  void wildcardCharactersInANameAreLiteral() {
    assertThat(names(Map.of("name", "%"))).isEmpty();
    assertThat(names(Map.of("name", "_"))).isEmpty();
    assertThat(names(Map.of("name", "Kim%"))).containsExactly("Kim Jong Un", "Kim Yong-chol");
    assertThat(names(Map.of("name", "' or 1=1 --"))).isEmpty();
  }

  @Test
  void filtersByCountry() {
    Map<String, String> countries = countryIds();

    assertThat(names(Map.of("country", countries.get("PRK"))))
        .containsExactly("Kim Jong Un", "Kim Yong-chol");
    assertThat(names(Map.of("country", countries.get("USA"))))
        .containsExactly("Cassie Grissom", "Donald Trump", "Mike Pompeo");
    assertThat(names(Map.of("country", countries.get("SGP")))).isEmpty();
    assertThat(names(Map.of("country", countries.get("USA"), "name", "kim"))).isEmpty();
    assertThat(names(Map.of("country", countries.get("PRK"), "name", "yong")))
        .containsExactly("Kim Yong-chol");
  }

  @Test
  void filtersByOrganizationThroughRoles() throws Exception {
    String ministry = organizationId(OrganizationRolesFixture.MINISTRY);
    String agency = organizationId(OrganizationRolesFixture.AGENCY);
    // The articles' only role in an organization: Kim Yong-chol, foreign minister.
    assertThat(names(Map.of("organization", ministry))).containsExactly("Kim Yong-chol");
    assertThat(names(Map.of("organization", agency))).isEmpty();

    try (var fixture = OrganizationRolesFixture.insert(dataSource)) {
      assertThat(names(Map.of("organization", ministry))).containsExactly("Kim Yong-chol");
      assertThat(names(Map.of("organization", agency))).containsExactly("Kim Yong-chol");
      assertThat(names(Map.of("organization", agency, "name", "Jong Un"))).isEmpty();
      assertThat(names(Map.of("organization", organizationId("CNN")))).isEmpty();
    }
    assertThat(names(Map.of("organization", agency))).isEmpty();
  }

  @Test
  void rolesAndOrganizationsLeadToEachOther() throws Exception {
    try (var fixture = OrganizationRolesFixture.insert(dataSource)) {
      JsonPath people = GraphQL.document("people/people-in-detail").data();
      // Each organization once, by name, though he holds two roles in the ministry.
      assertThat(person(people, "Kim Yong-chol").get("organizations"))
          .isEqualTo(
              List.of(Map.of("name", "Foreign Ministry of North Korea"), Map.of("name", "KCNA")));
      assertThat(roles(people, "Kim Yong-chol"))
          .extracting(r -> r.get("title"), r -> r.get("organization"))
          .containsExactly(
              tuple("Fixture: minister", Map.of("name", "Foreign Ministry of North Korea")),
              tuple("Foreign Minister", Map.of("name", "Foreign Ministry of North Korea")),
              tuple("Fixture: spokesperson", Map.of("name", "Foreign Ministry of North Korea")),
              tuple("Fixture: contributor", Map.of("name", "KCNA")));
      assertThat(person(people, "Kim Jong Un").get("organizations")).isEqualTo(List.of());

      JsonPath ministry =
          GraphQL.document("people/organization-members")
              .variable("filter", Map.of("name", "Foreign Ministry"))
              .data();
      assertThat(ministry.getList("organizations.nodes.members.flatten().title"))
          .containsExactly("Fixture: minister", "Foreign Minister", "Fixture: spokesperson");
      assertThat(
              ministry.getList("organizations.nodes.members.flatten().collect { it.started?.iso }"))
          .containsExactly("2018-05", null, null);
      assertThat(ministry.getList("organizations.nodes.members.flatten().person.name"))
          .containsOnly("Kim Yong-chol");
      assertThat(ministry.getList("organizations.nodes.members.flatten().organization.name"))
          .containsOnly("Foreign Ministry of North Korea");
      assertThat(ministry.getList("organizations.nodes[0].members[0].person.organizations.name"))
          .containsExactly("Foreign Ministry of North Korea", "KCNA");
    }
    JsonPath after =
        GraphQL.document("people/organization-members")
            .variable("filter", Map.of("name", "Foreign Ministry"))
            .data();
    // Once the fixture is gone, the ministry keeps only the role the articles state.
    assertThat(after.getList("organizations.nodes.members.flatten().title"))
        .containsExactly("Foreign Minister");
  }

  @Test
  void seoulHasItsResidentAndOtherPlacesNone() {
    JsonPath seoul =
        GraphQL.document("people/location-residents")
            .variable("filter", Map.of("name", "seoul"))
            .data();
    assertThat(seoul.getList("locations.nodes.residents.flatten()"))
        .containsExactly(Map.of("name", "Cassie Grissom", "residence", Map.of("name", "Seoul")));

    JsonPath everywhere = GraphQL.document("people/location-residents").data();
    assertThat(everywhere.getList("locations.nodes.residents.flatten().name"))
        .containsExactly("Cassie Grissom");
  }

  @Test
  void countriesListTheirPeoplePagedByName() {
    JsonPath data =
        GraphQL.document("people/country-people")
            .variable("isoCodes", List.of("KOR", "PRK", "USA"))
            .data();
    assertThat(data.getList("countries.nodes.isoCode")).containsExactly("KOR", "PRK", "USA");
    assertThat(data.getList("countries.nodes.people.totalCount")).containsExactly(0, 2, 3);
    assertThat(data.getList("countries.nodes[1].people.edges.node.name"))
        .containsExactly("Kim Jong Un", "Kim Yong-chol");
    assertThat(data.getList("countries.nodes[2].people.edges.node.country.isoCode"))
        .containsOnly("USA");

    List<JsonPath> pages =
        Pages.forward(
            "countries.nodes[0].people",
            after ->
                GraphQL.document("people/country-people")
                    .variable("isoCodes", List.of("USA"))
                    .variable("first", 1)
                    .variable("after", after)
                    .data());
    for (int i = 0; i < pages.size(); i++) {
      JsonPath page = pages.get(i);
      assertThat(page.getInt("countries.nodes[0].people.totalCount")).isEqualTo(3);
      assertThat(page.getBoolean("countries.nodes[0].people.pageInfo.hasPreviousPage"))
          .isEqualTo(i > 0);
    }
    List<String> americans =
        Pages.nodes(pages, "countries.nodes[0].people.edges.node.name", String.class);
    assertThat(pages).hasSize(3);
    assertThat(americans).containsExactly("Cassie Grissom", "Donald Trump", "Mike Pompeo");
  }

  @Test
  void walkingForwardReturnsEveryoneOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "people",
            after ->
                GraphQL.document("people/people")
                    .variable("first", 2)
                    .variable("after", after)
                    .data());
    for (int i = 0; i < pages.size(); i++) {
      JsonPath page = pages.get(i);
      assertThat(page.getInt("people.totalCount")).isEqualTo(5);
      assertThat(page.getBoolean("people.pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> seen = Pages.nodes(pages, "people.edges.node.name", String.class);
    assertThat(seen).containsExactlyElementsOf(EVERYONE);
  }

  @Test
  void walkingBackwardReturnsEveryoneOnce() {
    List<JsonPath> pagesBack =
        Pages.backward(
            "people",
            before ->
                GraphQL.document("people/people")
                    .variable("last", 2)
                    .variable("before", before)
                    .data());
    List<String> seen = Pages.nodes(pagesBack, "people.edges.node.name", String.class);
    assertThat(seen).containsExactlyElementsOf(EVERYONE);
  }

  @Test
  void descendingOrderWalksZToA() {
    Map<String, String> descending = Map.of("field", "NAME", "direction", "DESC");
    List<JsonPath> pages =
        Pages.forward(
            "people",
            after ->
                GraphQL.document("people/people")
                    .variable("orderBy", descending)
                    .variable("first", 3)
                    .variable("after", after)
                    .data());
    List<String> seen = Pages.nodes(pages, "people.edges.node.name", String.class);
    List<String> zToA = new ArrayList<>(EVERYONE);
    Collections.reverse(zToA);
    assertThat(seen).containsExactlyElementsOf(zToA);
  }

  @Test
  void aCursorMovesToTheItemAfterIt() {
    JsonPath all = GraphQL.document("people/people").data();
    String secondCursor = all.getString("people.edges[1].cursor");
    JsonPath rest =
        GraphQL.document("people/people")
            .variable("after", secondCursor)
            .variable("first", 2)
            .data();
    assertThat(rest.getList("people.edges.node.name"))
        .containsExactly("Kim Jong Un", "Kim Yong-chol");
    assertThat(rest.getBoolean("people.pageInfo.hasNextPage")).isTrue();
  }

  @Test
  void badArgumentsAreUserErrors() {
    Map<String, String> countries = countryIds();
    String personId = GraphQL.document("people/people").data().getString("people.edges[0].node.id");

    assertUserError(Map.of("country", personId), "expected type Country");
    assertUserError(Map.of("organization", countries.get("PRK")), "expected type Organization");
    assertUserError(Map.of("country", "not-an-id"), "Malformed ID");
    var tooMany = GraphQL.document("people/people").variable("first", 101).errors();
    assertThat(tooMany.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");
    var badCursor = GraphQL.document("people/people").variable("after", "garbage").errors();
    assertThat(badCursor.get(0).get("message")).asString().contains("Malformed cursor");
  }

  @Test
  void nestedQueryCostsTheSameStatementsWhateverThePageSize() throws Exception {
    try (var fixture = OrganizationRolesFixture.insert(dataSource)) {
      // people, their roles, the roles' organizations, the roles' countries, the organizations'
      // countries: one root field, which the compiled read path (platform/compiler) serves with
      // one statement, whatever the number of people.
      assertThat(statementsFor(5)).isEqualTo(1);
      assertThat(statementsFor(50)).isEqualTo(1);
      assertThat(statementsFor(1)).isEqualTo(1);
    }
  }

  private static long statementsFor(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data = GraphQL.document("people/people-nested").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("people.nodes")).hasSize(Math.min(first, 5));
    return used;
  }

  private static void assertUserError(Map<String, Object> filter, String message) {
    var errors = GraphQL.document("people/people").variable("filter", filter).errors();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).get("message")).asString().contains(message);
    assertThat(errors.get(0).get("extensions")).asString().contains("BAD_USER_INPUT");
  }

  private static List<String> names(Map<String, Object> filter) {
    return GraphQL.document("people/people")
        .variable("filter", filter)
        .variable("first", 100)
        .data()
        .getList("people.edges.node.name", String.class);
  }

  static Map<String, String> countryIds() {
    List<Map<String, String>> nodes =
        GraphQL.document("people/country-ids").data().getList("countries.nodes");
    return nodes.stream().collect(Collectors.toMap(n -> n.get("isoCode"), n -> n.get("id")));
  }

  private static String organizationId(String name) {
    List<Map<String, Object>> nodes =
        GraphQL.document("people/organization-members")
            .variable("filter", Map.of("name", name))
            .data()
            .getList("organizations.nodes");
    return nodes.stream()
        .filter(n -> n.get("name").equals(name))
        .map(n -> (String) n.get("id"))
        .findFirst()
        .orElseThrow();
  }

  private static List<String> rolesOf(JsonPath data, String isoCode) {
    return data.getList(
        "countries.nodes.find { it.isoCode == '" + isoCode + "' }.roles.title", String.class);
  }

  private static Map<String, Object> person(JsonPath data, String name) {
    return data.getMap("people.nodes.find { it.name == '" + name + "' }");
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> roles(JsonPath data, String name) {
    return (List<Map<String, Object>>) person(data, name).get("roles");
  }

  @SuppressWarnings("unchecked")
  private static Object isoCode(Object country) {
    return country == null ? null : ((Map<String, Object>) country).get("isoCode");
  }
}
