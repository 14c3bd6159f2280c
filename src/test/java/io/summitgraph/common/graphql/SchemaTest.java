package io.summitgraph.common.graphql;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaTest {

  private static final Path COMMITTED = Path.of("src/test/resources/schema.graphql");
  private static final Path SERVED_COPY = Path.of("target/schema.graphql");
  private static final Set<String> BUILT_IN_SCALARS =
      Set.of("String", "Int", "Float", "Boolean", "ID");

  @Test
  void theServedSchemaIsTheCommittedOne() throws IOException {
    String served =
        given().get("/graphql/schema.graphql").then().statusCode(200).extract().asString();
    Files.writeString(SERVED_COPY, served, StandardCharsets.UTF_8);
    String committed = Files.readString(COMMITTED, StandardCharsets.UTF_8);
    assertThat(served)
        .as(
            "The served schema changed. If the change is intended, review it and copy %s to %s",
            SERVED_COPY, COMMITTED)
        .isEqualTo(committed);
  }

  @Test
  void everyTypeFieldArgumentAndEnumValueIsDescribed() {
    List<Map<String, Object>> types =
        GraphQL.document("schema/introspection").data().getList("__schema.types");
    List<String> undescribed = new ArrayList<>();
    for (Map<String, Object> type : types) {
      String name = (String) type.get("name");
      if (name.startsWith("__") || BUILT_IN_SCALARS.contains(name)) {
        continue;
      }
      check(undescribed, name, type);
      for (Map<String, Object> field : list(type, "fields")) {
        check(undescribed, name + "." + field.get("name"), field);
        for (Map<String, Object> argument : list(field, "args")) {
          check(
              undescribed,
              name + "." + field.get("name") + "(" + argument.get("name") + ")",
              argument);
        }
      }
      for (Map<String, Object> field : list(type, "inputFields")) {
        check(undescribed, name + "." + field.get("name"), field);
      }
      for (Map<String, Object> value : list(type, "enumValues")) {
        check(undescribed, name + "." + value.get("name"), value);
      }
    }
    assertThat(undescribed).as("schema elements without a description").isEmpty();
  }

  private static void check(
      List<String> undescribed, String element, Map<String, Object> definition) {
    Object description = definition.get("description");
    if (!(description instanceof String text) || text.isBlank()) {
      undescribed.add(element);
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Map<String, Object> definition, String key) {
    Object value = definition.get(key);
    return value == null ? List.of() : (List<Map<String, Object>>) value;
  }
}
