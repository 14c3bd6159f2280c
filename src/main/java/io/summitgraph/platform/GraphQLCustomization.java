package io.summitgraph.platform;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.parser.ParserOptions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Adds SummitGraph's instrumentation to the GraphQL engine SmallRye builds, chained after
 * SmallRye's own (its query cache, depth and complexity limits) rather than replacing them.
 */
@ApplicationScoped
class GraphQLCustomization {

  @Inject QueryLimits limits;
  @Inject ApiExposure exposure;

  void customize(@Observes GraphQL.Builder builder) {
    limitParser(limits);
    // The builder has no getter; a throwaway build exposes what SmallRye configured so far.
    Instrumentation configured = builder.build().getInstrumentation();
    builder.instrumentation(
        new ChainedInstrumentation(
            List.of(configured, new OperationRules(limits, exposure), new ErrorCodes())));
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
