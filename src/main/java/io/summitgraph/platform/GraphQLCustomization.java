package io.summitgraph.platform;

import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;

/**
 * Adds SummitGraph's instrumentation to the GraphQL engine SmallRye builds, chained after
 * SmallRye's own (its query cache, depth and complexity limits) rather than replacing them.
 */
@ApplicationScoped
class GraphQLCustomization {

  void customize(@Observes GraphQL.Builder builder) {
    // The builder has no getter; a throwaway build exposes what SmallRye configured so far.
    Instrumentation configured = builder.build().getInstrumentation();
    builder.instrumentation(
        new ChainedInstrumentation(List.of(configured, new OperationRules(), new ErrorCodes())));
  }
}
