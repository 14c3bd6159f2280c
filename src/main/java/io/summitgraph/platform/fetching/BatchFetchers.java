package io.summitgraph.platform.fetching;

import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import io.smallrye.graphql.bootstrap.DataFetcherFactory;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.schema.model.Type;
import java.util.Collection;
import java.util.stream.Stream;

/** Puts a {@link SourceBatchFetcher} on every batched {@code @Source} field of the schema. */
public final class BatchFetchers {

  private BatchFetchers() {}

  /** The schema with the same types and a code registry whose batched fields are lean. */
  public static GraphQLSchema install(GraphQLSchema schema, Schema model) {
    DataFetcherFactory smallRyeFetchers = new DataFetcherFactory();
    GraphQLCodeRegistry registry =
        schema
            .getCodeRegistry()
            .transform(
                builder ->
                    types(model)
                        .forEach(
                            type ->
                                type.getBatchOperations()
                                    .values()
                                    .forEach(
                                        operation ->
                                            builder.dataFetcher(
                                                coordinates(type, operation),
                                                new SourceBatchFetcher(
                                                    operation,
                                                    smallRyeFetchers.getSourceBatchLoader(
                                                        operation,
                                                        model
                                                            .getTypes()
                                                            .get(operation.getName())))))));
    return schema.transformWithoutTypes(builder -> builder.codeRegistry(registry));
  }

  private static Stream<Type> types(Schema model) {
    return Stream.of(model.getTypes().values(), model.getInterfaces().values())
        .flatMap(Collection::stream);
  }

  private static FieldCoordinates coordinates(Type type, Operation operation) {
    return FieldCoordinates.coordinates(type.getName(), operation.getName());
  }
}
