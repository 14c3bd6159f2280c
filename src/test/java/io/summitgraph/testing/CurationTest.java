package io.summitgraph.testing;

import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * Base of the mutation tests: each test's writes are removed after it (see {@link
 * CurationFixture}), so the seed's counts hold for every other test.
 */
public abstract class CurationTest {

  @Inject protected DataSource dataSource;

  protected CurationFixture fixture;

  @BeforeEach
  void markBeforeWriting() {
    fixture = new CurationFixture(dataSource);
  }

  @AfterEach
  void removeWhatTheTestWrote() {
    fixture.cleanUp();
  }

  /** Runs a curation document as the test curator with this input. */
  protected static JsonPath mutate(String document, Map<String, Object> input) {
    return GraphQL.document("curation/" + document).asCurator().variable("input", input).data();
  }

  /** Reads any node with its version, audit and citations. */
  protected static JsonPath node(String id) {
    return GraphQL.document("curation/node").variable("id", id).data();
  }
}
