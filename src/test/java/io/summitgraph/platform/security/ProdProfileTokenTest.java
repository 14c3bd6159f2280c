package io.summitgraph.platform.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.summitgraph.testing.CurationFixture;
import io.summitgraph.testing.GraphQL;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The service as packaged (the {@code prod} configuration profile) does not trust the development
 * key that ships in {@code dev-keys/}: a curator token signed with it is refused.
 */
@QuarkusTest
@TestProfile(ProdProfileTokenTest.ProdConfiguration.class)
class ProdProfileTokenTest {

  /** Runs the application with the production configuration profile. */
  public static class ProdConfiguration implements QuarkusTestProfile {
    @Override
    public String getConfigProfile() {
      return "prod";
    }
  }

  @Inject DataSource dataSource;

  @Test
  void aDevKeySignedCuratorTokenIsRefused() {
    CurationFixture fixture = new CurationFixture(dataSource);
    long people = fixture.count("select count(*) from person");

    List<Map<String, Object>> errors =
        GraphQL.document("curation/person-create")
            .asCurator()
            .variable("input", Map.of("name", "Dev Key Person", "citation", fixture.citation(0)))
            .errors();

    assertThat(errors)
        .extracting(e -> (Object) ((Map<?, ?>) e.get("extensions")).get("code"))
        .containsExactly("UNAUTHENTICATED");
    assertThat(fixture.count("select count(*) from person")).isEqualTo(people);
    // Reads stay public.
    assertThat(GraphQL.document("curation/countries").data().getList("countries.nodes"))
        .isNotEmpty();
  }
}
