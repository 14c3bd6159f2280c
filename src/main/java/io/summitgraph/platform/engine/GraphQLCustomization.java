package io.summitgraph.platform.engine;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLSchema;
import graphql.schema.visibility.DefaultGraphqlFieldVisibility;
import io.opentelemetry.api.trace.Tracer;
import io.smallrye.graphql.schema.model.Schema;
import io.smallrye.graphql.spi.config.Config;
import io.summitgraph.platform.budgets.ClientBudgets;
import io.summitgraph.platform.compiler.CompiledReads;
import io.summitgraph.platform.fetching.BatchFetchers;
import io.summitgraph.platform.fetching.ContextEnvironment;
import io.summitgraph.platform.fetching.OperationLevelInstrumentation;
import io.summitgraph.platform.fetching.RequestDataLoaders;
import io.summitgraph.platform.http.ApiExposure;
import io.summitgraph.platform.http.HttpCaching;
import io.summitgraph.platform.http.HttpCompression;
import io.summitgraph.platform.limits.QueryLimits;
import io.summitgraph.platform.observability.BatchTelemetry;
import io.summitgraph.platform.observability.ObservabilitySettings;
import io.summitgraph.platform.observability.OperationMetrics;
import io.summitgraph.platform.observability.OperationTelemetry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Adds SummitGraph's instrumentation to the GraphQL engine SmallRye builds, chained after
 * SmallRye's own (its query cache, depth and complexity limits) rather than replacing them, and
 * gives batched fields their lean fetchers ({@link BatchFetchers}). Every instrumentation here
 * works on whole requests, so none of them is called per field ({@link
 * OperationLevelInstrumentation}).
 */
@ApplicationScoped
class GraphQLCustomization {

  @Inject QueryLimits limits;
  @Inject ApiExposure exposure;
  @Inject Schema model;
  @Inject OperationMetrics metrics;
  @Inject Tracer tracer;
  @Inject ObservabilitySettings observability;
  @Inject HttpCompression http;
  @Inject ClientBudgets budgets;
  @Inject CompiledReads compiledReads;

  /** The schema the engine serves, once built; the warm-up derives its coverage from it. */
  private volatile GraphQLSchema served;

  /** Taken from the model once: they are no longer there if SmallRye builds its engine again. */
  private BatchFetchers batchFetchers;

  synchronized void customize(@Observes GraphQL.Builder builder) {
    limitParser(limits);
    if (batchFetchers == null) {
      batchFetchers = BatchFetchers.takeOver(model, new BatchTelemetry(metrics, tracer));
    }
    // The builder has no getter; a throwaway build exposes what SmallRye configured so far.
    GraphQL configuredEngine = builder.build();
    Instrumentation configured = configuredEngine.getInstrumentation();
    served =
        withDefaultFieldVisibility(
            ContextEnvironment.install(batchFetchers.install(configuredEngine.getGraphQLSchema())));
    builder.schema(served);
    builder.queryExecutionStrategy(compiledReads.around(configuredEngine.getQueryStrategy()));
    builder.instrumentation(
        new OperationLevelInstrumentation(
            new ChainedInstrumentation(
                List.of(
                    configured,
                    new OperationRules(limits, exposure, budgets),
                    new CodedErrors(),
                    new HttpCaching(http.cacheDefaultMaxAge()),
                    new RequestDataLoaders(),
                    // Last: it sees the errors as CodedErrors gave them their codes.
                    new OperationTelemetry(metrics, tracer, observability)))));
  }

  /** The schema the engine serves, or null before SmallRye built it. */
  GraphQLSchema servedSchema() {
    return served;
  }

  /**
   * SmallRye turns its default field visibility setting, {@code default}, into a blocked-field
   * pattern {@code "default"} that graphql-java then matches against every field of every request;
   * no field is blocked either way, so the schema gets graphql-java's default visibility instead.
   */
  private static GraphQLSchema withDefaultFieldVisibility(GraphQLSchema schema) {
    if (!Config.FIELD_VISIBILITY_DEFAULT.equals(Config.get().getFieldVisibility())) {
      return schema;
    }
    GraphQLCodeRegistry registry =
        schema
            .getCodeRegistry()
            .transform(
                builder ->
                    builder.fieldVisibility(
                        DefaultGraphqlFieldVisibility.DEFAULT_FIELD_VISIBILITY));
    return schema.transformWithoutTypes(builder -> builder.codeRegistry(registry));
  }

  /**
   * Operations are parsed with graphql-java's operation parser options (SmallRye's {@code
   * parser-max-tokens} sets other ones, which operations never use): the token limit set here makes
   * the parser give up on a token flood.
   */
  static void limitParser(QueryLimits limits) {
    ParserOptions.setDefaultOperationParserOptions(
        ParserOptions.getDefaultOperationParserOptions()
            .transform(
                options ->
                    options
                        .maxTokens(limits.tokens())
                        .maxCharacters(Math.max(limits.documentSize(), 1))));
  }
}
