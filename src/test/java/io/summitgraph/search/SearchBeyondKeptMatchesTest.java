package io.summitgraph.search;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.Map;

/**
 * Every search test again, with only three matches kept per search: pages and totals that reach
 * beyond the kept ranking are ranked from their position, and must read the same as those cut from
 * it.
 */
@QuarkusTest
@TestProfile(SearchBeyondKeptMatchesTest.ThreeKept.class)
class SearchBeyondKeptMatchesTest extends SearchTest {

  /** Three matches kept per search. */
  public static class ThreeKept implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("summitgraph.search.kept-matches", "3");
    }
  }
}
