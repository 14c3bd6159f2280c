package io.summitgraph.platform.observability;

import graphql.GraphQLContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.function.Supplier;

/**
 * Observes the statements of the compiled read path (platform/compiler): one span per root field, a
 * child of the operation's span and the parent of its SQL statement's span, and its time ({@link
 * OperationMetrics}, {@code graphql_compiled_seconds}).
 */
@ApplicationScoped
public class CompiledTelemetry {

  @Inject OperationMetrics metrics;
  @Inject Tracer tracer;

  /**
   * Counts an operation the compiled read path left to the resolvers ({@code
   * graphql_compiled_fallbacks_total}), by reason: the field no read model describes, {@code input}
   * or {@code other}.
   */
  public void fallback(String reason) {
    metrics.compiledFallback(reason);
  }

  /** Runs a root field's statement, observed; {@code field} as in {@code Query.events}. */
  public <T> T statement(String field, GraphQLContext request, Supplier<T> statement) {
    Object operationTrace = request == null ? null : request.get(OperationTelemetry.TRACE_CONTEXT);
    Context parent = operationTrace instanceof Context traced ? traced : Context.current();
    Span span =
        tracer
            .spanBuilder("compiled " + field)
            .setParent(parent)
            .setAttribute("summitgraph.compiled.field", field)
            .startSpan();
    long started = System.nanoTime();
    try (Scope ignored = span.makeCurrent()) {
      return statement.get();
    } catch (RuntimeException e) {
      span.setStatus(StatusCode.ERROR, e.getClass().getSimpleName());
      throw e;
    } finally {
      metrics.compiled(field, System.nanoTime() - started);
      span.end();
    }
  }
}
