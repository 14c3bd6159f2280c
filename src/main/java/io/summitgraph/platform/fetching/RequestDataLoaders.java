package io.summitgraph.platform.fetching;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoaderRegistry;

/**
 * Starts every request with an empty data loader registry, in place of the one SmallRye fills with
 * a loader per batched field of the schema: {@link SourceBatchFetcher} adds the loaders a request
 * uses, so graphql-java dispatches those only.
 */
public class RequestDataLoaders extends SimplePerformantInstrumentation {

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput input,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return input.transform(builder -> builder.dataLoaderRegistry(new DataLoaderRegistry()));
  }
}
