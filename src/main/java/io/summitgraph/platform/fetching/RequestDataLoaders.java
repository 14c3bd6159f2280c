package io.summitgraph.platform.fetching;

import graphql.ExecutionInput;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import org.dataloader.DataLoaderRegistry;

/**
 * Starts every request with an empty data loader registry of its own: {@link SourceBatchFetcher}
 * adds the loaders a request uses, so graphql-java dispatches those only. (SmallRye sets none once
 * {@link BatchFetchers} took the batched fields; graphql-java's default registry takes no loaders.)
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
