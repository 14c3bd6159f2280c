package io.summitgraph.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationFixture;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Tokens;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

@QuarkusTest
class PeopleMutationsTest {

  @Inject DataSource dataSource;

  CurationFixture fixture;
  String source;

  @BeforeEach
  void mark() {
    fixture = new CurationFixture(dataSource);
    source = fixture.anySourceId();
  }

  @AfterEach
  void cleanUp() {
    fixture.cleanUp();
  }

  Map<String, Object> citation(int from) {
    return Map.of("source", source, "excerpt", fixture.excerptOf(source, from, 30));
  }

  JsonPath create(String name, String curator) {
    return GraphQL.document("curation/person-create")
        .withToken(Tokens.curator(curator))
        .variable(
            "input",
            Map.of(
                "name",
                name,
                "aliases",
                List.of(" Alias One ", "Alias One", ""),
                "citation",
                citation(10)))
        .data();
  }

  @Test
  void createsAPersonWithCitationAndAudit() {
    JsonPath data = create("Zelda Testperson", "alice");

    assertThat(data.getList("personCreate.userErrors")).isEmpty();
    assertThat(data.getString("personCreate.person.name")).isEqualTo("Zelda Testperson");
    assertThat(data.getList("personCreate.person.aliases")).containsExactly("Alias One");
    assertThat(data.getInt("personCreate.person.version")).isZero();
    assertThat(data.getString("personCreate.person.audit.createdBy")).isEqualTo("alice");
    assertThat(data.getString("personCreate.person.audit.updatedBy")).isEqualTo("alice");
    assertThat(data.getList("personCreate.person.citations.excerpt"))
        .containsExactly(fixture.excerptOf(source, 10, 30));

    JsonPath found =
        GraphQL.document("curation/people-named").variable("name", "zelda testperson").data();
    assertThat(found.getInt("people.totalCount")).isEqualTo(1);
  }

  @Test
  void seedFactsSayWhoLoadedThem() {
    JsonPath data =
        GraphQL.document("curation/people-named").variable("name", "Kim Jong Un").data();
    String id = data.getString("people.nodes[0].id");
    JsonPath person = GraphQL.document("curation/person").variable("id", id).data();
    assertThat(person.getString("node.audit.createdBy")).isEqualTo("seed");
    assertThat(person.getString("node.audit.createdAt")).isNotBlank();
    assertThat(person.getInt("node.version")).isZero();
  }

  @Test
  void updatesWithTheCurrentVersionAndStampsTheCurator() {
    String id = create("Yann Testperson", "alice").getString("personCreate.person.id");

    JsonPath data =
        GraphQL.document("curation/person-update")
            .withToken(Tokens.curator("bob"))
            .variable(
                "input",
                Map.of(
                    "person",
                    id,
                    "version",
                    0,
                    "name",
                    "Yann Q. Testperson",
                    "description",
                    "A tester"))
            .data();

    assertThat(data.getList("personUpdate.userErrors")).isEmpty();
    assertThat(data.getString("personUpdate.person.name")).isEqualTo("Yann Q. Testperson");
    assertThat(data.getInt("personUpdate.person.version")).isEqualTo(1);
    assertThat(data.getString("personUpdate.person.audit.createdBy")).isEqualTo("alice");
    assertThat(data.getString("personUpdate.person.audit.updatedBy")).isEqualTo("bob");
    JsonPath read = GraphQL.document("curation/person").variable("id", id).data();
    assertThat(read.getString("node.name")).isEqualTo("Yann Q. Testperson");
    assertThat(read.getInt("node.version")).isEqualTo(1);
  }

  @Test
  void staleVersionIsAConflictAndChangesNothing() {
    String id = create("Xavier Testperson", "alice").getString("personCreate.person.id");
    update(id, 0, "Xavier Two");

    JsonPath data = update(id, 0, "Xavier Three");

    assertThat(data.getString("personUpdate.person")).isNull();
    assertThat(data.getList("personUpdate.userErrors.code")).containsExactly("CONFLICT");
    assertThat(data.getList("personUpdate.userErrors[0].field"))
        .containsExactly("input", "version");
    JsonPath read = GraphQL.document("curation/person").variable("id", id).data();
    assertThat(read.getString("node.name")).isEqualTo("Xavier Two");
    assertThat(read.getInt("node.version")).isEqualTo(1);
  }

  @Test
  void unknownOrWrongTypeIdsAreNotFoundWithTheirPath() {
    long before = fixture.count("select count(*) from person");
    String countryOfWrongType = fixture.anySourceId();
    JsonPath data =
        GraphQL.document("curation/person-create")
            .asCurator()
            .variable(
                "input",
                Map.of(
                    "name",
                    "Nobody",
                    "country",
                    countryOfWrongType,
                    "residence",
                    "bm90IGFuIGlk",
                    "citation",
                    citation(0)))
            .data();

    assertThat(data.getString("personCreate.person")).isNull();
    assertThat(data.getList("personCreate.userErrors.code"))
        .containsExactly("NOT_FOUND", "NOT_FOUND");
    assertThat(data.getList("personCreate.userErrors.field"))
        .containsExactly(List.of("input", "country"), List.of("input", "residence"));
    assertThat(fixture.count("select count(*) from person")).isEqualTo(before);
  }

  @Test
  void aCitationMustBeVerbatimAndNothingIsWrittenOtherwise() {
    long before = fixture.count("select count(*) from person");
    JsonPath data =
        GraphQL.document("curation/person-create")
            .asCurator()
            .variable(
                "input",
                Map.of(
                    "name",
                    "Unquoted",
                    "citation",
                    Map.of("source", source, "excerpt", "words no article ever printed")))
            .data();

    assertThat(data.getList("personCreate.userErrors.code")).containsExactly("NOT_VERBATIM");
    assertThat(data.getList("personCreate.userErrors[0].field"))
        .containsExactly("input", "citation", "excerpt");
    assertThat(fixture.count("select count(*) from person")).isEqualTo(before);
  }

  @Test
  void aBlankNameIsInvalid() {
    JsonPath data =
        GraphQL.document("curation/person-create")
            .asCurator()
            .variable("input", Map.of("name", "  ", "citation", citation(0)))
            .data();

    assertThat(data.getList("personCreate.userErrors.code")).containsExactly("INVALID");
    assertThat(data.getList("personCreate.userErrors[0].field")).containsExactly("input", "name");
  }

  @Test
  void mergeMovesCitationsAndRedirectsTheOldId() {
    String survivor = create("Walter Testperson", "alice").getString("personCreate.person.id");
    String merged =
        GraphQL.document("curation/person-create")
            .asCurator()
            .variable(
                "input",
                Map.of(
                    "name",
                    "Walter Test-Person",
                    "aliases",
                    List.of("W. T."),
                    "citation",
                    citation(50)))
            .data()
            .getString("personCreate.person.id");

    JsonPath data =
        GraphQL.document("curation/person-merge")
            .asCurator()
            .variable(
                "input",
                Map.of(
                    "survivor",
                    survivor,
                    "survivorVersion",
                    0,
                    "merged",
                    merged,
                    "mergedVersion",
                    0))
            .data();

    assertThat(data.getList("personMerge.userErrors")).isEmpty();
    assertThat(data.getString("personMerge.person.id")).isEqualTo(survivor);
    assertThat(data.getList("personMerge.person.aliases"))
        .containsExactly("Alias One", "Walter Test-Person", "W. T.");
    assertThat(data.getList("personMerge.person.citations.excerpt"))
        .containsExactlyInAnyOrder(
            fixture.excerptOf(source, 10, 30), fixture.excerptOf(source, 50, 30));
    JsonPath old = GraphQL.document("curation/person").variable("id", merged).data();
    assertThat(old.getString("node.id")).isEqualTo(survivor);
    JsonPath listed =
        GraphQL.document("curation/people-named").variable("name", "Walter Test").data();
    assertThat(listed.getList("people.nodes.id")).containsExactly(survivor);

    // The old ID keeps working in mutations too: it names the survivor.
    JsonPath viaOld = update(merged, 1, "Walter T. Testperson");
    assertThat(viaOld.getList("personUpdate.userErrors")).isEmpty();
    assertThat(viaOld.getString("personUpdate.person.id")).isEqualTo(survivor);
  }

  @Test
  void mergeWithAStaleVersionChangesNothing() {
    String survivor = create("Vera Testperson", "alice").getString("personCreate.person.id");
    String merged = create("Vera Test Person", "alice").getString("personCreate.person.id");
    update(merged, 0, "Vera T. Person");

    JsonPath data =
        GraphQL.document("curation/person-merge")
            .asCurator()
            .variable(
                "input",
                Map.of(
                    "survivor",
                    survivor,
                    "survivorVersion",
                    0,
                    "merged",
                    merged,
                    "mergedVersion",
                    0))
            .data();

    assertThat(data.getList("personMerge.userErrors.code")).containsExactly("CONFLICT");
    assertThat(
            GraphQL.document("curation/person")
                .variable("id", merged)
                .data()
                .getString("node.name"))
        .isEqualTo("Vera T. Person");
  }

  JsonPath update(String id, int version, String name) {
    return GraphQL.document("curation/person-update")
        .asCurator()
        .variable("input", Map.of("person", id, "version", version, "name", name))
        .data();
  }
}
