package io.summitgraph.platform.observability;

import graphql.GraphQLContext;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.context.Context;

/**
 * Observes the batches of batched fields: their sizes and times ({@link OperationMetrics}) and a
 * span each, a child of the operation's span.
 */
public final class BatchTelemetry {

  private final OperationMetrics metrics;
  private final Tracer tracer;

  public BatchTelemetry(OperationMetrics metrics, Tracer tracer) {
    this.metrics = metrics;
    this.tracer = tracer;
  }

  /** A batch that has started; {@link Batch#end} once its result is there. */
  public Batch start(String field, int size, GraphQLContext request) {
    Object operationTrace = request == null ? null : request.get(OperationTelemetry.TRACE_CONTEXT);
    Context parent = operationTrace instanceof Context traced ? traced : Context.current();
    Span span =
        tracer
            .spanBuilder("batch " + field)
            .setParent(parent)
            .setAttribute("summitgraph.batch.field", field)
            .setAttribute("summitgraph.batch.size", size)
            .startSpan();
    return new Batch(field, size, span, System.nanoTime());
  }

  /** One batch in progress. */
  public final class Batch {
    private final String field;
    private final int size;
    private final Span span;
    private final long startedAt;

    private Batch(String field, int size, Span span, long startedAt) {
      this.field = field;
      this.size = size;
      this.span = span;
      this.startedAt = startedAt;
    }

    public void end(Throwable failure) {
      metrics.batch(field, size, System.nanoTime() - startedAt);
      if (failure != null) {
        span.setStatus(StatusCode.ERROR, failure.getClass().getSimpleName());
      }
      span.end();
    }
  }
}
