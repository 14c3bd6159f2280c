package io.summitgraph.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.summitgraph.testing.ExternalDatabaseProfile;
import io.summitgraph.testing.GraphQL;
import jakarta.inject.Inject;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * With a datasource URL configured, the service uses that server: migrates it, loads the dataset,
 * serves it.
 */
@QuarkusTest
@TestProfile(ExternalDatabaseProfile.class)
@EnabledIf(
    value = "io.summitgraph.testing.ExternalDatabaseProfile#serverReachable",
    disabledReason = "no external PostgreSQL server reachable (see ExternalDatabaseProfile)")
class ExternalDatabaseTest {

  @Inject AgroalDataSource dataSource;

  @Test
  void servesTheArticlesFromTheConfiguredServer() throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      // One database per checkout (ExternalDatabaseProfile.DATABASE): the name ends with a hash.
      assertThat(connection.getMetaData().getURL())
          .matches(".*/summitgraph_external_test_[0-9a-f]+");
      assertThat(connection.getMetaData().getDatabaseProductVersion()).isNotBlank();
    }
    var data = GraphQL.document("platform/dataset-counts").data();
    assertThat(data.getInt("sources.totalCount")).isEqualTo(3);
    assertThat(data.getInt("people.totalCount")).isEqualTo(5);
    assertThat(data.getInt("countries.totalCount")).isEqualTo(7);
  }
}
