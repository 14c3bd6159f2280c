package io.summitgraph.platform.fetching;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.DelegatingDataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.SelectedField;
import io.smallrye.graphql.execution.datafetcher.AbstractDataFetcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The environment SmallRye builds an operation's {@code SmallRyeContext} from: the field's own, but
 * with an empty selection set.
 *
 * <p>For every operation it runs (a query, a mutation, a batch of a {@code @Source} field),
 * SmallRye converts the selection set below the field, at every depth, to JSON twice (the context's
 * "selected fields", with and without source fields), eagerly, whether or not anything reads them:
 * a visible share of a nested request's CPU, since a root field has the whole request below it.
 * Nothing in SummitGraph reads them. A resolver that needs to know what was selected asks {@code
 * Selection}, which reads the field's own selection set through {@link #selectionSet}.
 */
public final class ContextEnvironment extends DelegatingDataFetchingEnvironment {

  private ContextEnvironment(DataFetchingEnvironment field) {
    super(field);
  }

  static DataFetchingEnvironment of(DataFetchingEnvironment field) {
    return field instanceof ContextEnvironment ? field : new ContextEnvironment(field);
  }

  @Override
  public DataFetchingFieldSelectionSet getSelectionSet() {
    return NothingSelected.INSTANCE;
  }

  /** What the client selected below the field, whether or not the environment is this one. */
  public static DataFetchingFieldSelectionSet selectionSet(DataFetchingEnvironment environment) {
    return environment instanceof ContextEnvironment context
        ? context.delegateEnvironment.getSelectionSet()
        : environment.getSelectionSet();
  }

  /**
   * The schema with the same types and a code registry whose operation fields (SmallRye's fetchers:
   * queries, mutations, unbatched {@code @Source} fields) pass this environment to SmallRye.
   */
  public static GraphQLSchema install(GraphQLSchema schema) {
    Map<FieldCoordinates, DataFetcher<?>> wrapped = new LinkedHashMap<>();
    GraphQLCodeRegistry registry = schema.getCodeRegistry();
    for (GraphQLNamedType named : schema.getAllTypesAsList()) {
      if (!(named instanceof GraphQLObjectType type)) {
        continue;
      }
      for (GraphQLFieldDefinition field : type.getFieldDefinitions()) {
        DataFetcher<?> fetcher = registry.getDataFetcher(type, field);
        if (fetcher instanceof AbstractDataFetcher<?, ?>) {
          wrapped.put(
              FieldCoordinates.coordinates(type, field),
              (DataFetcher<Object>) environment -> fetcher.get(of(environment)));
        }
      }
    }
    GraphQLCodeRegistry lean = registry.transform(builder -> wrapped.forEach(builder::dataFetcher));
    return schema.transformWithoutTypes(builder -> builder.codeRegistry(lean));
  }

  /** The selection set SmallRye is given: nothing, answered without any work. */
  private static final class NothingSelected implements DataFetchingFieldSelectionSet {

    static final NothingSelected INSTANCE = new NothingSelected();

    @Override
    public boolean contains(String fieldGlobPattern) {
      return false;
    }

    @Override
    public boolean containsAnyOf(String fieldGlobPattern, String... fieldGlobPatterns) {
      return false;
    }

    @Override
    public boolean containsAllOf(String fieldGlobPattern, String... fieldGlobPatterns) {
      return false;
    }

    @Override
    public List<SelectedField> getFields() {
      return List.of();
    }

    @Override
    public List<SelectedField> getImmediateFields() {
      return List.of();
    }

    @Override
    public List<SelectedField> getFields(String fieldGlobPattern, String... fieldGlobPatterns) {
      return List.of();
    }

    @Override
    public Map<String, List<SelectedField>> getFieldsGroupedByResultKey() {
      return Map.of();
    }

    @Override
    public Map<String, List<SelectedField>> getFieldsGroupedByResultKey(
        String fieldGlobPattern, String... fieldGlobPatterns) {
      return Map.of();
    }
  }
}
