package io.summitgraph.platform.fetching;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import org.dataloader.DataLoader;
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

  /**
   * A subscription's events share its operation's registry: each starts with empty loader caches,
   * or an event would be answered with what an earlier one loaded for the same parent.
   */
  @Override
  public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    parameters
        .getExecutionContext()
        .getDataLoaderRegistry()
        .getDataLoaders()
        .forEach(DataLoader::clearAll);
    return super.beginSubscribedFieldEvent(parameters, state);
  }
}
