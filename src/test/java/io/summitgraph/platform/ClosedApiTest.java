package io.summitgraph.platform;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.summitgraph.platform.HostileCorpus.Case;
import io.summitgraph.platform.limits.QueryLimits;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The production switches: with introspection, the SDL endpoint and GraphiQL turned off, the
 * corpus's "closed" cases are refused (and {@code __typename} still answers).
 */
@QuarkusTest
@TestProfile(ClosedApiTest.Closed.class)
class ClosedApiTest {

  /** Introspection, the SDL endpoint and GraphiQL off, as in production. */
  public static class Closed implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of(
          "summitgraph.api.introspection", "false",
          "summitgraph.api.schema-endpoint", "false",
          "summitgraph.api.graphiql", "false",
          "summitgraph.limits.cost", QueryLimits.DEFAULT_COST);
    }
  }

  @TestHTTPResource("/")
  URI server;

  static List<Case> cases() {
    return HostileCorpus.cases("closed");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void eachCaseIsRefused(Case c) throws Exception {
    HostileCorpus.check(c, HostileCorpus.send(server, c.spec(), null), server);
  }
}
