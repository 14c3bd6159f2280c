package io.summitgraph.platform.observability;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimpleInstrumentationContext;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.smallrye.graphql.api.ErrorCode;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Observes each GraphQL operation as a whole: its metrics ({@link OperationMetrics}), a span with
 * its name, type, estimated cost and error code (the parent of its batches' and statements' spans),
 * and one log line when it is slow. Runs last in the engine's chain, so it sees the errors with the
 * codes clients get. Nothing here is per field.
 */
public class OperationTelemetry extends SimplePerformantInstrumentation {

  /** GraphQL context key: the operation's estimated cost, set where the limits are checked. */
  public static final String ESTIMATED_COST = "summitgraph.estimatedCost";

  /** GraphQL context key: the OpenTelemetry context of the operation's span, for its batches. */
  static final String TRACE_CONTEXT = "summitgraph.traceContext";

  /** The type label of a request that executed no operation (unparseable, invalid, refused). */
  private static final String NOT_EXECUTED = "none";

  private static final Logger SLOW = Logger.getLogger("io.summitgraph.slow-operations");

  private final OperationMetrics metrics;
  private final Tracer tracer;
  private final long slowNanos;

  public OperationTelemetry(
      OperationMetrics metrics, Tracer tracer, ObservabilitySettings settings) {
    this.metrics = metrics;
    this.tracer = tracer;
    this.slowNanos = settings.slowOperation().toNanos();
  }

  private static final class Operation implements InstrumentationState {
    final long startedAt = System.nanoTime();
    final RequestWork work = RequestWork.begin();
    Span span;
    Scope scope;
    String name;
    String type = NOT_EXECUTED;
  }

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new Operation();
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecution(
      InstrumentationExecutionParameters parameters, InstrumentationState state) {
    Operation operation = (Operation) state;
    operation.span = tracer.spanBuilder("graphql").startSpan();
    Context traced = Context.current().with(operation.span);
    // Current for the request: its SQL statements' spans become the operation's children.
    operation.scope = traced.makeCurrent();
    parameters.getGraphQLContext().put(TRACE_CONTEXT, traced);
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    Operation operation = (Operation) state;
    OperationDefinition definition = parameters.getExecutionContext().getOperationDefinition();
    operation.name = definition.getName();
    operation.type = definition.getOperation().name().toLowerCase(Locale.ROOT);
    Span span = operation.span;
    span.updateName(
        operation.name == null ? operation.type : operation.type + " " + operation.name);
    span.setAttribute("graphql.operation.type", operation.type);
    if (operation.name != null) {
      span.setAttribute("graphql.operation.name", operation.name);
    }
    if (parameters.getExecutionContext().getGraphQLContext().get(ESTIMATED_COST)
        instanceof Number cost) {
      span.setAttribute("summitgraph.cost", cost.longValue());
    }
    return SimpleInstrumentationContext.noOp();
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    Operation operation = (Operation) state;
    long nanos = System.nanoTime() - operation.startedAt;
    Set<String> codes = new LinkedHashSet<>();
    for (GraphQLError error : result.getErrors()) {
      String code = code(error);
      codes.add(code);
      if (error.getExtensions() != null && error.getExtensions().get("limit") instanceof String l) {
        metrics.refusal(l);
      }
    }
    boolean executed = !operation.type.equals(NOT_EXECUTED);
    String label = executed ? metrics.operationLabel(operation.name) : OperationNames.NONE;
    metrics.operation(
        label, operation.type, !codes.isEmpty(), nanos, codes, executed ? operation.work : null);
    Object cost = costOf(parameters.getGraphQLContext());
    finishSpan(operation, codes, cost);
    if (nanos >= slowNanos) {
      logSlow(operation, nanos, cost, codes);
    }
    return CompletableFuture.completedFuture(result);
  }

  private void finishSpan(Operation operation, Set<String> codes, Object cost) {
    Span span = operation.span;
    if (span == null) {
      return;
    }
    if (!codes.isEmpty()) {
      String first = codes.iterator().next();
      span.setAttribute("summitgraph.error.code", first);
      span.setStatus(StatusCode.ERROR, first);
    }
    if (operation.work != null) {
      span.setAttribute("summitgraph.sql.statements", operation.work.statements());
    }
    if (cost instanceof Number number) {
      span.setAttribute("summitgraph.cost", number.longValue());
    }
    span.end();
    operation.scope.close();
  }

  /**
   * One line with what an operator needs to find the shape: never the variables, which may hold
   * personal data, nor the document.
   */
  private void logSlow(Operation operation, long nanos, Object cost, Set<String> codes) {
    if (operation.type.equals(NOT_EXECUTED)) {
      SLOW.infof(
          "Slow request: no operation executed, took %d ms, errors %s",
          TimeUnit.NANOSECONDS.toMillis(nanos), codes);
      return;
    }
    String name = operation.name == null ? OperationNames.ANONYMOUS : operation.name;
    SLOW.infof(
        "Slow operation: %s %s took %d ms (estimated cost %s, %d SQL statements, %d ms holding"
            + " database connections)%s",
        operation.type,
        name.length() > 100 ? name.substring(0, 100) + "…" : name,
        TimeUnit.NANOSECONDS.toMillis(nanos),
        cost == null ? "unknown" : cost,
        operation.work == null ? 0 : operation.work.statements(),
        operation.work == null ? 0 : TimeUnit.NANOSECONDS.toMillis(operation.work.databaseNanos()),
        codes.isEmpty() ? "" : ", errors " + codes);
  }

  private static Object costOf(GraphQLContext context) {
    return context == null ? null : context.get(ESTIMATED_COST);
  }

  /**
   * The code the client sees: in the error's extensions, or (for the API's own exceptions, whose
   * code SmallRye adds when it writes the response) on the exception's class.
   */
  private static String code(GraphQLError error) {
    Map<String, Object> extensions = error.getExtensions();
    if (extensions != null && extensions.get("code") instanceof String code) {
      return code;
    }
    if (error instanceof ExceptionWhileDataFetching fetching) {
      ErrorCode annotated = fetching.getException().getClass().getAnnotation(ErrorCode.class);
      if (annotated != null) {
        return annotated.value();
      }
    }
    return "UNKNOWN";
  }
}
