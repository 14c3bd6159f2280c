package io.summitgraph.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.bench.SqlStatementCounter;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class HumanitarianStatisticsTest {

  private static final String NODES = "humanitarianStatistics.edges.node";

  @Test
  void bothFiguresAreKeptExactlyAsTheArticleStatesThem() {
    JsonPath data = GraphQL.document("statistics/humanitarian-statistics").data();

    assertThat(data.getInt("humanitarianStatistics.totalCount")).isEqualTo(2);
    assertThat(data.getList(NODES + ".indicator"))
        .containsExactly("MALNUTRITION", "UNDERNOURISHMENT");

    // "one in five children in North Korea suffers from malnutrition"
    // Read as text: a float parse of the JSON number would not be exactly 0.2.
    assertThat(new BigDecimal(data.getString(NODES + "[0].value"))).isEqualByComparingTo("0.2");
    assertThat(data.getString(NODES + "[0].exactValue")).isEqualTo("0.2");
    assertThat(data.getString(NODES + "[0].unit")).isEqualTo("RATIO");
    assertThat(data.getString(NODES + "[0].comparator")).isEqualTo("EXACT");
    assertThat(data.getString(NODES + "[0].populationGroup")).isEqualTo("CHILDREN");
    assertThat(data.getString(NODES + "[0].statedAs")).isEqualTo("one in five");
    assertThat(data.getString(NODES + "[0].country.isoCode")).isEqualTo("PRK");
    assertThat(data.getString(NODES + "[0].country.name")).isEqualTo("North Korea");
    assertThat((Object) data.get(NODES + "[0].period")).isNull();

    // "over ten million citizens are undernourished"
    assertThat(new BigDecimal(data.getString(NODES + "[1].value")))
        .isEqualByComparingTo("10000000");
    assertThat(data.getString(NODES + "[1].exactValue")).isEqualTo("10000000");
    assertThat(data.getString(NODES + "[1].unit")).isEqualTo("PEOPLE");
    assertThat(data.getString(NODES + "[1].comparator")).isEqualTo("MORE_THAN");
    assertThat(data.getString(NODES + "[1].populationGroup")).isEqualTo("CITIZENS");
    assertThat(data.getString(NODES + "[1].statedAs")).isEqualTo("over ten million");
    assertThat(data.getString(NODES + "[1].country.isoCode")).isEqualTo("PRK");
    assertThat((Object) data.get(NODES + "[1].period")).isNull();
  }

  @Test
  void countriesNavigateToTheirStatistics() {
    JsonPath data =
        GraphQL.document("statistics/country-statistics")
            .variable("isoCodes", List.of("PRK", "USA"))
            .data();

    assertThat(data.getList("countries.nodes.isoCode")).containsExactly("PRK", "USA");
    String prk = "countries.nodes[0].humanitarianStatistics";
    assertThat(data.getInt(prk + ".totalCount")).isEqualTo(2);
    assertThat(data.getList(prk + ".edges.node.statedAs"))
        .containsExactly("one in five", "over ten million");
    assertThat(data.getList(prk + ".edges.node.country.isoCode")).containsOnly("PRK");
    assertThat(data.getInt("countries.nodes[1].humanitarianStatistics.totalCount")).isZero();
    assertThat(data.getList("countries.nodes[1].humanitarianStatistics.edges")).isEmpty();

    // The reverse direction names the same statistics as the root list filtered by country.
    List<String> byFilter =
        GraphQL.document("statistics/humanitarian-statistics")
            .variable("filter", Map.of("country", data.getString("countries.nodes[0].id")))
            .data()
            .getList(NODES + ".statedAs");
    assertThat(byFilter).containsExactly("one in five", "over ten million");
  }

  @Test
  void aCountrysStatisticsPageOneByOne() {
    String connection = "countries.nodes[0].humanitarianStatistics";
    List<JsonPath> pages =
        Pages.forward(
            connection,
            after ->
                GraphQL.document("statistics/country-statistics")
                    .variable("isoCodes", List.of("PRK"))
                    .variable("first", 1)
                    .variable("after", after)
                    .data());
    for (int i = 0; i < pages.size(); i++) {
      JsonPath data = pages.get(i);
      assertThat(data.getInt(connection + ".totalCount")).isEqualTo(2);
      assertThat(data.getBoolean(connection + ".pageInfo.hasPreviousPage")).isEqualTo(i > 0);
    }
    List<String> seen = Pages.nodes(pages, connection + ".edges.node.indicator");
    assertThat(seen).containsExactly("MALNUTRITION", "UNDERNOURISHMENT");
  }

  @Test
  void filtersByIndicatorsCountryAndPopulationGroup() {
    assertThat(statedAs(Map.of("indicators", List.of("UNDERNOURISHMENT"))))
        .containsExactly("over ten million");
    assertThat(statedAs(Map.of("indicators", List.of("MALNUTRITION", "UNDERNOURISHMENT"))))
        .hasSize(2);
    assertThat(statedAs(Map.of("indicators", List.of("MORTALITY")))).isEmpty();
    assertThat(statedAs(Map.of("indicators", List.of()))).isEmpty();
    assertThat(statedAs(Map.of("populationGroup", "CHILDREN"))).containsExactly("one in five");
    assertThat(statedAs(Map.of("populationGroup", "CITIZENS"))).containsExactly("over ten million");
    assertThat(statedAs(Map.of("populationGroup", "WOMEN"))).isEmpty();

    String usa =
        GraphQL.document("statistics/country-statistics")
            .variable("isoCodes", List.of("USA"))
            .data()
            .getString("countries.nodes[0].id");
    assertThat(statedAs(Map.of("country", usa))).isEmpty();
  }

  @Test
  void ordersByIndicatorAndPeriodBothWays() {
    assertThat(ordered("INDICATOR", "DESC")).containsExactly("over ten million", "one in five");
    assertThat(ordered("INDICATOR", "ASC")).containsExactly("one in five", "over ten million");
    // No period stated: the id tie-breaker decides, reversed when descending.
    assertThat(ordered("PERIOD", "ASC")).containsExactly("one in five", "over ten million");
    assertThat(ordered("PERIOD", "DESC")).containsExactly("over ten million", "one in five");
  }

  @Test
  void walkingBackwardFromTheEndVisitsEveryStatisticOnce() {
    List<JsonPath> pagesBack =
        Pages.backward(
            "humanitarianStatistics",
            before ->
                GraphQL.document("statistics/humanitarian-statistics")
                    .variable("last", 1)
                    .variable("before", before)
                    .data());
    List<String> seen = Pages.nodes(pagesBack, NODES + ".statedAs");
    assertThat(seen).containsExactly("one in five", "over ten million");
  }

  @Test
  void nestedStatisticsCostTheSameStatementsWhateverThePageSize() {
    GraphQL.document("statistics/country-statistics-nested").variable("first", 5).data();
    long small = statements(5);
    long large = statements(50);
    assertThat(small).isEqualTo(large);
  }

  private static long statements(int first) {
    long before = SqlStatementCounter.count();
    JsonPath data =
        GraphQL.document("statistics/country-statistics-nested").variable("first", first).data();
    long used = SqlStatementCounter.count() - before;
    assertThat(data.getList("countries.nodes.isoCode")).contains("PRK");
    return used;
  }

  private static List<String> statedAs(Map<String, Object> filter) {
    return GraphQL.document("statistics/humanitarian-statistics")
        .variable("filter", filter)
        .data()
        .getList(NODES + ".statedAs");
  }

  private static List<String> ordered(String field, String direction) {
    return GraphQL.document("statistics/humanitarian-statistics")
        .variable("orderBy", Map.of("field", field, "direction", direction))
        .data()
        .getList(NODES + ".statedAs");
  }
}
