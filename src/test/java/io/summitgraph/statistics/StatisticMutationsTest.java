package io.summitgraph.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@QuarkusTest
class StatisticMutationsTest extends CurationTest {

  Map<String, Object> input(String value, String unit) {
    return Map.of(
        "indicator", "STUNTING",
        "value", value,
        "unit", unit,
        "comparator", "ABOUT",
        "populationGroup", "CHILDREN_UNDER_FIVE",
        "country", fixture.countryId("PRK"),
        "period", "2019",
        "statedAs", "about one in five",
        "citation", fixture.citation(0));
  }

  @Test
  void recordsARatioAsStated() {
    JsonPath data = mutate("statistic-record", input("0.2", "RATIO"));
    assertThat(data.getList("statisticRecord.userErrors")).isEmpty();
    assertThat(data.getDouble("statisticRecord.statistic.value")).isEqualTo(0.2);
    assertThat(data.getString("statisticRecord.statistic.statedAs")).isEqualTo("about one in five");
    assertThat(data.getString("statisticRecord.statistic.country.isoCode")).isEqualTo("PRK");
  }

  @ParameterizedTest
  @CsvSource({"1.5,RATIO", "-1,PEOPLE", "-0.1,RATIO", "many,PEOPLE"})
  void outOfRangeOrUnreadableValuesAreInvalidAndNothingIsWritten(String value, String unit) {
    long before = fixture.count("select count(*) from humanitarian_statistic");
    JsonPath data = mutate("statistic-record", input(value, unit));
    assertThat(data.getList("statisticRecord.userErrors.code")).containsExactly("INVALID");
    assertThat(data.getList("statisticRecord.userErrors[0].field"))
        .isEqualTo(List.of("input", "value"));
    assertThat(fixture.count("select count(*) from humanitarian_statistic")).isEqualTo(before);
  }
}
