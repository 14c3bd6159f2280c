package io.summitgraph.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.restassured.response.Response;
import io.summitgraph.testing.CurationFixture;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Tokens;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every mutation of the served schema, found by introspection (so a new one cannot be forgotten),
 * refuses callers without a valid curator token, and writes nothing.
 */
@QuarkusTest
class MutationAccessTest {

  /** A caller that must be refused, the token it sends, and the code it must get. */
  record Caller(String name, Supplier<String> token, String code) {}

  static final List<Caller> REFUSED =
      List.of(
          new Caller("no token", () -> null, "UNAUTHENTICATED"),
          new Caller("reader", Tokens::reader, "FORBIDDEN"),
          new Caller("expired curator", Tokens::expiredCurator, "UNAUTHENTICATED"),
          new Caller(
              "foreign-signed curator", Tokens::curatorSignedWithUnknownKey, "UNAUTHENTICATED"),
          new Caller(
              "curator token for another service",
              Tokens::curatorForAnotherService,
              "UNAUTHENTICATED"),
          new Caller("curator token valid until 2200", Tokens::curatorForever, "UNAUTHENTICATED"),
          new Caller(
              "curator token issued a year ahead",
              Tokens::curatorIssuedInTheFuture,
              "UNAUTHENTICATED"),
          new Caller(
              "curator named with 10 KB",
              () -> Tokens.curatorNamed("a".repeat(10_000)),
              "UNAUTHENTICATED"),
          new Caller(
              "curator named with NUL, CRLF and markup",
              () -> Tokens.curatorNamed("eve\u0000\r\n<script>"),
              "UNAUTHENTICATED"));

  static final String WRITES =
      "select (select count(*) from fact) + (select count(*) from citation)"
          + " + (select count(*) from dispute) + (select count(*) from fact_redirect)"
          + " + (select count(*) from commitment_party) + (select count(*) from commitment_location)"
          + " + (select count(*) from citation_reported_via) + (select count(*) from dispute_claim)";
  static final String LAST_CHANGE =
      "select coalesce(extract(epoch from max(updated_at)) * 1000000, 0)::bigint from fact";

  @Inject DataSource dataSource;

  CurationFixture fixture;
  Map<String, Map<String, Object>> types;

  @BeforeEach
  void introspect() {
    fixture = new CurationFixture(dataSource);
    JsonPath schema = GraphQL.document("curation/introspect-mutations").data();
    types = new HashMap<>();
    List<Map<String, Object>> all = schema.getList("__schema.types");
    all.forEach(type -> types.put((String) type.get("name"), type));
  }

  @Test
  void everyMutationRefusesCallersWithoutAValidCuratorToken() {
    List<Map<String, Object>> mutations =
        (List<Map<String, Object>>) types.get("Mutation").get("fields");
    assertThat(mutations).extracting(m -> m.get("name")).contains("personCreate", "sanctionLift");
    long writes = fixture.count(WRITES);
    long lastChange = fixture.count(LAST_CHANGE);

    int checked = 0;
    for (Map<String, Object> mutation : mutations) {
      String name = (String) mutation.get("name");
      Map<String, Object> argument = ((List<Map<String, Object>>) mutation.get("args")).get(0);
      String inputType = namedType((Map<String, Object>) argument.get("type"));
      String document =
          "mutation M($input: " + inputType + "!) { " + name + "(input: $input) { __typename } }";
      Object input = sample(inputType);
      for (Caller caller : REFUSED) {
        Response response = post(document, input, caller.token().get());
        JsonPath json = response.jsonPath();
        assertThat(json.getList("errors.extensions.code", String.class))
            .as("%s as %s", name, caller.name())
            .containsExactly(caller.code());
        assertThat(json.getString("data." + name)).as("%s as %s", name, caller.name()).isNull();
        checked++;
      }
    }

    assertThat(checked).isEqualTo(mutations.size() * REFUSED.size());
    assertThat(fixture.count(WRITES)).isEqualTo(writes);
    assertThat(fixture.count(LAST_CHANGE)).isEqualTo(lastChange);
  }

  @Test
  void aValidCreationIsRefusedToEveryoneButACuratorAndWritesNothing() {
    long people = fixture.count("select count(*) from person");
    Map<String, Object> input = Map.of("name", "Refused Person", "citation", fixture.citation(0));
    for (Caller caller : REFUSED) {
      var request = GraphQL.document("curation/person-create").variable("input", input);
      String token = caller.token().get();
      if (token != null) {
        request.withToken(token);
      }
      List<Map<String, Object>> errors = request.errors();
      assertThat(errors)
          .extracting(e -> (Object) ((Map<?, ?>) e.get("extensions")).get("code"))
          .as(caller.name())
          .containsExactly(caller.code());
      assertThat(fixture.count("select count(*) from person")).isEqualTo(people);
    }
  }

  static Response post(String document, Object input, String token) {
    Map<String, Object> body = new HashMap<>();
    body.put("query", document);
    body.put("variables", Map.of("input", input));
    var request =
        io.restassured.RestAssured.given()
            .contentType(io.restassured.http.ContentType.JSON)
            .body(body);
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return request.when().post("/graphql");
  }

  /** A value of this input type with every required field filled (IDs that name nothing). */
  Object sample(String typeName) {
    Map<String, Object> type = types.get(typeName);
    switch ((String) type.get("kind")) {
      case "ENUM":
        return ((List<Map<String, Object>>) type.get("enumValues")).get(0).get("name");
      case "SCALAR":
        return switch (typeName) {
          case "Int" -> 0;
          case "Float" -> 0.5;
          case "Boolean" -> false;
          case "ID" -> "eA";
          default -> "x";
        };
      default:
        Map<String, Object> value = new LinkedHashMap<>();
        for (Map<String, Object> field : (List<Map<String, Object>>) type.get("inputFields")) {
          Map<String, Object> fieldType = (Map<String, Object>) field.get("type");
          if (!"NON_NULL".equals(fieldType.get("kind"))) {
            continue;
          }
          Map<String, Object> inner = (Map<String, Object>) fieldType.get("ofType");
          value.put(
              (String) field.get("name"),
              "LIST".equals(inner.get("kind")) ? List.of() : sample(namedType(inner)));
        }
        return value;
    }
  }

  static String namedType(Map<String, Object> type) {
    Map<String, Object> current = type;
    while (current.get("name") == null) {
      current = (Map<String, Object>) current.get("ofType");
    }
    return (String) current.get("name");
  }
}
