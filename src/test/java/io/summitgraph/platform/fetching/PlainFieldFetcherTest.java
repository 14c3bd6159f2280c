package io.summitgraph.platform.fetching;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.LightDataFetcher;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.summitgraph.countries.Country;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Plain fields are read without a data fetching environment: graphql-java builds one per field only
 * for fetchers that are not {@link LightDataFetcher}s, and a nested page has hundreds of plain
 * fields.
 */
@QuarkusTest
class PlainFieldFetcherTest {

  private static final Country NORTH_KOREA = new Country(7, "PRK", "North Korea", List.of("DPRK"));

  @Inject GraphQLSchema schema;
  @Inject Schema model;

  @Test
  void everyFieldOfTheBenchmarkedTypesTakesTheLightPath() {
    for (String typeName : List.of("Event", "EventParticipantEdge", "Person", "Country")) {
      GraphQLObjectType type = schema.getObjectType(typeName);
      List<String> plainFields =
          model.getTypes().get(typeName).getFields().keySet().stream().toList();
      assertThat(plainFields).as("plain fields of %s", typeName).isNotEmpty();
      for (String field : plainFields) {
        DataFetcher<?> fetcher =
            schema
                .getCodeRegistry()
                .getDataFetcher(FieldCoordinates.coordinates(type, field), type.getField(field));
        assertThat(fetcher).as("%s.%s", typeName, field).isInstanceOf(LightDataFetcher.class);
      }
    }
  }

  @Test
  void aFieldReadAsIsNeverAsksForTheEnvironment() throws Exception {
    AtomicInteger built = new AtomicInteger();

    Object name = fetcher("Country", "name").get(null, NORTH_KOREA, counting(built));

    assertThat(name).isEqualTo("North Korea");
    assertThat(built).hasValue(0);
  }

  @Test
  void aFieldWithAWrapperGetsItsTransformationWithTheEnvironment() throws Exception {
    AtomicInteger built = new AtomicInteger();

    Object aliases = fetcher("Country", "aliases").get(null, NORTH_KOREA, counting(built));

    assertThat(aliases).asList().containsExactly("DPRK");
    assertThat(built).hasValue(1);
  }

  @Test
  void aMissingSourceGivesNull() throws Exception {
    assertThat(fetcher("Country", "name").get(null, null, counting(new AtomicInteger()))).isNull();
  }

  private PlainFieldFetcher fetcher(String typeName, String field) {
    Type type = model.getTypes().get(typeName);
    return new PlainFieldFetcher(type.getFields().get(field), type);
  }

  private static Supplier<DataFetchingEnvironment> counting(AtomicInteger built) {
    return () -> {
      built.incrementAndGet();
      return DataFetchingEnvironmentImpl.newDataFetchingEnvironment().build();
    };
  }
}
