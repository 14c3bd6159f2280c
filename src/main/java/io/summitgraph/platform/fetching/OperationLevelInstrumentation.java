package io.summitgraph.platform.fetching;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.DocumentAndVariables;
import graphql.execution.instrumentation.ExecutionStrategyInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionStrategyParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Passes the request-level hooks (parse, validation, operation, result) to the instrumentation it
 * wraps and none of the per-field or per-object ones.
 *
 * <p>The engine's instrumentations (SmallRye's query cache, SummitGraph's limits, operation rules
 * and error codes) all work on whole requests, but a chain of them is still called, and allocates,
 * for every field and every result object: a measured share of a nested query's CPU. A field-level
 * instrumentation added later would have to be added outside this wrapper.
 */
public class OperationLevelInstrumentation extends SimplePerformantInstrumentation {

  private final Instrumentation delegate;

  public OperationLevelInstrumentation(Instrumentation delegate) {
    this.delegate = delegate;
  }

  @Override
  public CompletableFuture<InstrumentationState> createStateAsync(
      InstrumentationCreateStateParameters parameters) {
    return delegate.createStateAsync(parameters);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return delegate.beginExecution(parameters, state);
  }

  @Override
  public InstrumentationContext<Document> beginParse(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    return delegate.beginParse(parameters, state);
  }

  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    return delegate.beginValidation(parameters, state);
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    return delegate.beginExecuteOperation(parameters, state);
  }

  /** Each event of a subscription is executed like a small operation of its own. */
  @Override
  public InstrumentationContext<ExecutionResult> beginSubscribedFieldEvent(
      InstrumentationFieldParameters parameters, InstrumentationState state) {
    return delegate.beginSubscribedFieldEvent(parameters, state);
  }

  @Override
  public ExecutionStrategyInstrumentationContext beginExecutionStrategy(
      InstrumentationExecutionStrategyParameters parameters, InstrumentationState state) {
    return delegate.beginExecutionStrategy(parameters, state);
  }

  @Override
  public ExecutionInput instrumentExecutionInput(
      ExecutionInput input,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return delegate.instrumentExecutionInput(input, parameters, state);
  }

  @Override
  public DocumentAndVariables instrumentDocumentAndVariables(
      DocumentAndVariables documentAndVariables,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return delegate.instrumentDocumentAndVariables(documentAndVariables, parameters, state);
  }

  @Override
  public GraphQLSchema instrumentSchema(
      GraphQLSchema schema,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return delegate.instrumentSchema(schema, parameters, state);
  }

  @Override
  public ExecutionContext instrumentExecutionContext(
      ExecutionContext context,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return delegate.instrumentExecutionContext(context, parameters, state);
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    return delegate.instrumentExecutionResult(result, parameters, state);
  }
}
