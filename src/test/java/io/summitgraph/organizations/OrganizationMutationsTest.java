package io.summitgraph.organizations;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class OrganizationMutationsTest extends CurationTest {

  String create(String name) {
    JsonPath data =
        mutate(
            "organization-create",
            Map.of(
                "name",
                name,
                "kind",
                "NEWSPAPER",
                "country",
                fixture.countryId("USA"),
                "citation",
                fixture.citation(5)));
    assertThat(data.getList("organizationCreate.userErrors")).isEmpty();
    assertThat(data.getString("organizationCreate.organization.country.isoCode")).isEqualTo("USA");
    assertThat(data.getString("organizationCreate.organization.audit.createdBy"))
        .isEqualTo("test-curator");
    return data.getString("organizationCreate.organization.id");
  }

  @Test
  void createUpdateAndMerge() {
    String survivor = create("The Testing Gazette");
    String merged = create("Testing Gazette");

    JsonPath updated =
        mutate(
            "organization-update",
            Map.of(
                "organization",
                survivor,
                "version",
                0,
                "kind",
                "MAGAZINE",
                "description",
                "A weekly"));
    assertThat(updated.getList("organizationUpdate.userErrors")).isEmpty();
    assertThat(updated.getString("organizationUpdate.organization.kind")).isEqualTo("MAGAZINE");
    assertThat(updated.getInt("organizationUpdate.organization.version")).isEqualTo(1);

    JsonPath merge =
        mutate(
            "organization-merge",
            Map.of(
                "survivor", survivor, "survivorVersion", 1, "merged", merged, "mergedVersion", 0));
    assertThat(merge.getList("organizationMerge.userErrors")).isEmpty();
    assertThat(merge.getList("organizationMerge.organization.aliases"))
        .containsExactly("Testing Gazette");
    assertThat(node(merged).getString("node.id")).isEqualTo(survivor);
  }

  @Test
  void stalVersionAndSelfMergeAreRefused() {
    String id = create("The Conflict Courier");
    JsonPath stale =
        mutate("organization-update", Map.of("organization", id, "version", 3, "name", "Other"));
    assertThat(stale.getList("organizationUpdate.userErrors.code")).containsExactly("CONFLICT");
    JsonPath self =
        mutate(
            "organization-merge",
            Map.of("survivor", id, "survivorVersion", 0, "merged", id, "mergedVersion", 0));
    assertThat(self.getList("organizationMerge.userErrors.code")).containsExactly("INVALID");
    assertThat(node(id).getInt("node.version")).isZero();
  }

  @Test
  void wrongTypeIdIsNotFound() {
    JsonPath data =
        mutate(
            "organization-update",
            Map.of("organization", fixture.countryId("USA"), "version", 0, "name", "X"));
    assertThat(data.getList("organizationUpdate.userErrors.code")).containsExactly("NOT_FOUND");
    assertThat(data.getList("organizationUpdate.userErrors[0].field"))
        .isEqualTo(List.of("input", "organization"));
  }
}
