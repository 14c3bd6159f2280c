package io.summitgraph.countries;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.summitgraph.testing.GraphQL;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountriesTest {

  @Test
  void walkingAllPagesReturnsEveryCountryOnceInIsoOrder() {
    List<String> codes = new ArrayList<>();
    String after = null;
    boolean more = true;
    while (more) {
      var data =
          GraphQL.document("countries/countries-by-iso")
              .variable("first", 3)
              .variable("after", after)
              .data();
      codes.addAll(data.getList("countries.edges.node.isoCode"));
      assertThat(data.getInt("countries.totalCount")).isEqualTo(7);
      more = data.getBoolean("countries.pageInfo.hasNextPage");
      after = data.getString("countries.pageInfo.endCursor");
    }
    assertThat(codes).containsExactly("CHN", "JPN", "KOR", "PRK", "SGP", "USA", "VNM");
  }
}
