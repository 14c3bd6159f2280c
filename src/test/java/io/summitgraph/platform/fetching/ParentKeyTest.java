package io.summitgraph.platform.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import io.summitgraph.common.graphql.PageInfo;
import io.summitgraph.countries.Country;
import io.summitgraph.platform.fetching.SourceBatchFetcher.ParentKey;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The data loaders' cache key keeps record equality: only equal parents share a result. */
class ParentKeyTest {

  private static final Country NORTH_KOREA = new Country(7, "PRK", "North Korea", List.of("DPRK"));

  @Test
  void equalFactsAreOneKeyEvenAsDistinctObjects() {
    Country same = new Country(7, "PRK", "North Korea", List.of("DPRK"));
    assertThat(new ParentKey(same)).isEqualTo(new ParentKey(NORTH_KOREA));
    assertThat(new ParentKey(same)).hasSameHashCodeAs(new ParentKey(NORTH_KOREA));
  }

  @Test
  void factsWithOneKeyButOtherContentAreDistinctKeys() {
    Country renamed = new Country(7, "PRK", "Democratic People's Republic of Korea", List.of());
    assertThat(new ParentKey(renamed)).isNotEqualTo(new ParentKey(NORTH_KOREA));
  }

  @Test
  void factsWithOtherKeysAreDistinctKeys() {
    Country other = new Country(8, "PRK", "North Korea", List.of("DPRK"));
    assertThat(new ParentKey(other)).isNotEqualTo(new ParentKey(NORTH_KOREA));
  }

  @Test
  void otherParentsKeepTheirOwnEquality() {
    PageInfo page = new PageInfo(true, false, "a", "b");
    assertThat(new ParentKey(new PageInfo(true, false, "a", "b"))).isEqualTo(new ParentKey(page));
    assertThat(new ParentKey(new PageInfo(true, false, "a", "c")))
        .isNotEqualTo(new ParentKey(page));
    assertThat(new ParentKey(null)).isEqualTo(new ParentKey(null));
  }
}
