package io.summitgraph.platform.fetching;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import io.summitgraph.platform.observability.BatchTelemetry;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/** The {@link SourceBatchFetcher}s of every batched {@code @Source} field of the schema. */
public final class BatchFetchers {

  private final Map<FieldCoordinates, SourceBatchFetcher> fetchers;

  private BatchFetchers(Map<FieldCoordinates, SourceBatchFetcher> fetchers) {
    this.fetchers = fetchers;
  }

  /**
   * Builds a lean fetcher for each batched field of SmallRye's model, then takes the batched fields
   * out of the model. SmallRye reads them there only to build the schema (done by then) and, at
   * every request, to create a data loader for each of them: about 80 loaders, each with a new data
   * fetcher and a reflective method lookup, for a registry that {@link RequestDataLoaders} then
   * replaces: a visible share of every nested request's allocations and CPU.
   */
  public static BatchFetchers takeOver(Schema model, BatchTelemetry telemetry) {
    DataFetcherFactory smallRyeFetchers = new DataFetcherFactory();
    Map<FieldCoordinates, SourceBatchFetcher> fetchers = new LinkedHashMap<>();
    types(model)
        .filter(Type::hasBatchOperations)
        .forEach(
            type -> {
              for (Operation operation : type.getBatchOperations().values()) {
                fetchers.put(
                    FieldCoordinates.coordinates(type.getName(), operation.getName()),
                    new SourceBatchFetcher(
                        operation,
                        type.getName() + "." + operation.getName(),
                        smallRyeFetchers.getSourceBatchLoader(
                            operation, model.getTypes().get(operation.getName())),
                        telemetry));
              }
              type.setBatchOperations(new LinkedHashMap<>());
            });
    return new BatchFetchers(fetchers);
  }

  /** The schema with the same types and a code registry whose batched fields are lean. */
  public GraphQLSchema install(GraphQLSchema schema) {
    GraphQLCodeRegistry registry =
        schema.getCodeRegistry().transform(builder -> fetchers.forEach(builder::dataFetcher));
    return schema.transformWithoutTypes(builder -> builder.codeRegistry(registry));
  }

  private static Stream<Type> types(Schema model) {
    return Stream.of(model.getTypes().values(), model.getInterfaces().values())
        .flatMap(Collection::stream);
  }
}
