package io.summitgraph.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import io.summitgraph.testing.Pages;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountriesTest {

  @Test
  void walkingAllPagesReturnsEveryCountryOnceInIsoOrder() {
    List<JsonPath> pages =
        Pages.forward(
            "countries",
            after ->
                GraphQL.document("countries/countries-by-iso")
                    .variable("first", 3)
                    .variable("after", after)
                    .data());
    for (JsonPath data : pages) {
      assertThat(data.getInt("countries.totalCount")).isEqualTo(7);
    }
    List<String> codes = Pages.nodes(pages, "countries.edges.node.isoCode");
    assertThat(codes).containsExactly("CHN", "JPN", "KOR", "PRK", "SGP", "USA", "VNM");
  }
}
