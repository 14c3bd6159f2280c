package io.summitgraph.platform.engine;

import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import io.quarkus.arc.Arc;
import io.smallrye.graphql.spi.EventingService;

/**
 * Hands the schema's and the engine's builders to CDI observers ({@code @Observes
 * GraphQLSchema.Builder}, e.g. {@link IdListArguments}; {@code @Observes GraphQL.Builder}, e.g.
 * {@link GraphQLCustomization}) once, when they are built.
 *
 * <p>SmallRye's own CDI events ({@code quarkus.smallrye-graphql.events.enabled}) would do this too,
 * but they also fire CDI events before and after every field of every request, which the benchmark
 * measured as a real share of each request's CPU; they are off, and only these build-time events
 * remain. Registered through {@code META-INF/services} (SmallRye's eventing SPI; no config key, so
 * always on).
 */
public class GraphQLBuildEvents implements EventingService {

  @Override
  public String getConfigKey() {
    return null;
  }

  @Override
  public GraphQLSchema.Builder beforeSchemaBuild(GraphQLSchema.Builder builder) {
    Arc.container().beanManager().getEvent().select(GraphQLSchema.Builder.class).fire(builder);
    return builder;
  }

  @Override
  public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
    Arc.container().beanManager().getEvent().select(GraphQL.Builder.class).fire(builder);
    return builder;
  }
}
