package io.summitgraph.sanctions;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SanctionsTest {

  private static final String NODES = "sanctions.edges.node";

  @Test
  void theArticlesStateThreeUsSanctionsOnNorthKorea() {
    JsonPath data = GraphQL.document("sanctions/sanctions").data();

    assertThat(data.getInt("sanctions.totalCount")).isEqualTo(3);
    List<Map<String, Object>> sanctions = data.getList(NODES);
    // Undated, so in the order recorded: article 000's general sanctions, then article 001's.
    assertThat(sanctions)
        .extracting(s -> s.get("sector"))
        .containsExactly(null, "BANKING", "ENERGY");
    assertThat(data.getList(NODES + ".issuer.isoCode", String.class)).containsOnly("USA");
    assertThat(data.getList(NODES + ".issuer.name", String.class))
        .containsOnly("United States of America");
    assertThat(data.getList(NODES + ".target.isoCode", String.class)).containsOnly("PRK");
    assertThat(data.getList(NODES + ".status", String.class)).containsOnly("ACTIVE");
    assertThat(data.getList(NODES + ".imposedOn", Object.class)).containsOnly((Object) null);
    assertThat(data.getList(NODES + ".liftedOn", Object.class)).containsOnly((Object) null);

    Map<String, Object> hefty = sanctions.get(0);
    assertThat((String) hefty.get("description")).contains("Hefty U.S. sanctions on Pyongyang");
    assertThat((String) hefty.get("liftingCondition"))
        .containsIgnoringCase("only if tangible steps are taken");
    assertThat((String) sanctions.get(1).get("description")).contains("banking sector");
    assertThat((String) sanctions.get(2).get("description")).contains("energy industry");
    // Article 001 states no condition for lifting them: what Trump considered is kept apart.
    assertThat(sanctions.get(1).get("liftingCondition")).isNull();
    assertThat(sanctions.get(2).get("liftingCondition")).isNull();
    assertThat((String) sanctions.get(1).get("liftingConsideration"))
        .contains("considered lifting some sanctions in exchange for denuclearization");
    assertThat((String) sanctions.get(2).get("liftingConsideration"))
        .contains("considered lifting some sanctions in exchange for denuclearization");
    assertThat(hefty.get("liftingConsideration")).isNull();
  }

  @Test
  void countriesNavigateToTheSanctionsTheyImposeAndReceive() {
    JsonPath data = GraphQL.document("sanctions/country-sanctions").data();
    List<Map<String, Object>> countries = data.getList("countries.nodes");

    for (Map<String, Object> country : countries) {
      String iso = (String) country.get("isoCode");
      List<Map<String, Object>> imposed = list(country.get("sanctionsImposed"));
      List<Map<String, Object>> received = list(country.get("sanctionsReceived"));
      switch (iso) {
        case "USA" -> {
          assertThat(imposed)
              .extracting(s -> s.get("sector"))
              .containsExactly(null, "BANKING", "ENERGY");
          assertThat(imposed).extracting(s -> isoOf(s, "target")).containsOnly("PRK");
          assertThat(received).isEmpty();
        }
        case "PRK" -> {
          assertThat(received)
              .extracting(s -> s.get("sector"))
              .containsExactly(null, "BANKING", "ENERGY");
          assertThat(received).extracting(s -> isoOf(s, "issuer")).containsOnly("USA");
          assertThat(imposed).isEmpty();
        }
        default -> {
          assertThat(imposed).as(iso).isEmpty();
          assertThat(received).as(iso).isEmpty();
        }
      }
    }
    // Both directions name the same sanctions as the root list.
    List<String> all = GraphQL.document("sanctions/sanctions").data().getList(NODES + ".id");
    Map<String, Object> usa = country(countries, "USA");
    Map<String, Object> prk = country(countries, "PRK");
    assertThat(list(usa.get("sanctionsImposed"))).extracting(s -> s.get("id")).isEqualTo(all);
    assertThat(list(prk.get("sanctionsReceived"))).extracting(s -> s.get("id")).isEqualTo(all);
  }

  @Test
  void filtersByIssuerTargetSectorsAndStatus() {
    List<Map<String, Object>> countries =
        GraphQL.document("sanctions/country-sanctions").data().getList("countries.nodes");
    String usa = (String) country(countries, "USA").get("id");
    String prk = (String) country(countries, "PRK").get("id");

    assertThat(sectors(Map.of("issuer", usa))).containsExactly(null, "BANKING", "ENERGY");
    assertThat(sectors(Map.of("issuer", prk))).isEmpty();
    assertThat(sectors(Map.of("target", prk))).containsExactly(null, "BANKING", "ENERGY");
    assertThat(sectors(Map.of("target", usa))).isEmpty();
    assertThat(sectors(Map.of("sectors", List.of("BANKING")))).containsExactly("BANKING");
    assertThat(sectors(Map.of("sectors", List.of("ENERGY", "BANKING"))))
        .containsExactly("BANKING", "ENERGY");
    assertThat(sectors(Map.of("sectors", List.of("ARMS")))).isEmpty();
    assertThat(sectors(Map.of("sectors", List.of()))).isEmpty();
    assertThat(sectors(Map.of("status", "ACTIVE"))).hasSize(3);
    assertThat(sectors(Map.of("status", "LIFTED"))).isEmpty();
    assertThat(sectors(Map.of("issuer", usa, "target", prk, "sectors", List.of("ENERGY"))))
        .containsExactly("ENERGY");
  }

  @Test
  void aCountryFilterRefusesTheIdOfAnotherType() {
    String sanction =
        GraphQL.document("sanctions/sanctions")
            .variable("first", 1)
            .data()
            .getString(NODES + "[0].id");
    var errors =
        GraphQL.document("sanctions/sanctions")
            .variable("filter", Map.of("issuer", sanction))
            .errors();
    assertThat(errors.get(0).get("message")).asString().contains("expected type Country");
    assertThat(errors.get(0)).extracting("extensions.code").isEqualTo("BAD_USER_INPUT");
  }

  @Test
  void ordersBySectorBothWays() {
    assertThat(ordered("SECTOR", "ASC")).containsExactly(null, "BANKING", "ENERGY");
    assertThat(ordered("SECTOR", "DESC")).containsExactly("ENERGY", "BANKING", null);
    // All undated: date order falls back to the id tie-breaker, reversed when descending.
    assertThat(ordered("IMPOSED_ON", "ASC")).containsExactly(null, "BANKING", "ENERGY");
    assertThat(ordered("IMPOSED_ON", "DESC")).containsExactly("ENERGY", "BANKING", null);
  }

  @Test
  void walkingForwardAndBackwardVisitsEverySanctionOnce() {
    List<JsonPath> pages =
        Pages.forward(
            "sanctions",
            after ->
                GraphQL.document("sanctions/sanctions")
                    .variable("first", 1)
                    .variable("after", after)
                    .data());
    for (int i = 0; i < pages.size(); i++) {
      JsonPath page = pages.get(i);
      assertThat(page.getBoolean("sanctions.pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> forward = Pages.nodes(pages, NODES + ".id");
    List<JsonPath> pagesBack =
        Pages.backward(
            "sanctions",
            before ->
                GraphQL.document("sanctions/sanctions")
                    .variable("last", 2)
                    .variable("before", before)
                    .data());
    List<String> backward = Pages.nodes(pagesBack, NODES + ".id");
    List<String> all = GraphQL.document("sanctions/sanctions").data().getList(NODES + ".id");
    assertThat(forward).hasSize(3).doesNotHaveDuplicates().isEqualTo(all);
    assertThat(backward).isEqualTo(all);
  }

  @Test
  void nestedSanctionsCostTheSameStatementsWhateverThePageSize() {
    GraphQL.document("sanctions/sanctions-received-nested").variable("first", 5).data();
    long small = statements(5);
    long large = statements(50);
    assertThat(small).isEqualTo(large).isLessThanOrEqualTo(6);
  }

  private static long statements(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data =
        GraphQL.document("sanctions/sanctions-received-nested").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("countries.nodes.isoCode")).contains("PRK");
    return used;
  }

  private static List<String> sectors(Map<String, Object> filter) {
    return GraphQL.document("sanctions/sanctions")
        .variable("filter", filter)
        .data()
        .getList(NODES + ".sector");
  }

  private static List<String> ordered(String field, String direction) {
    return GraphQL.document("sanctions/sanctions")
        .variable("orderBy", Map.of("field", field, "direction", direction))
        .data()
        .getList(NODES + ".sector");
  }

  private static Map<String, Object> country(List<Map<String, Object>> countries, String iso) {
    return countries.stream().filter(c -> iso.equals(c.get("isoCode"))).findFirst().orElseThrow();
  }

  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> list(Object value) {
    return value == null ? Collections.emptyList() : (List<Map<String, Object>>) value;
  }

  @SuppressWarnings("unchecked")
  private static Object isoOf(Map<String, Object> sanction, String side) {
    return ((Map<String, Object>) sanction.get(side)).get("isoCode");
  }
}
