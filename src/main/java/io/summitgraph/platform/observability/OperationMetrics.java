package io.summitgraph.platform.observability;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * The service's GraphQL meters, published at {@code /q/metrics} (names as Prometheus shows them):
 *
 * <ul>
 *   <li>{@code graphql_operation_seconds} (histogram): operations by {@code operation} (name,
 *       bounded), {@code type} and {@code result} ({@code ok} or {@code error});
 *   <li>{@code graphql_operation_errors_total}: errors by operation and {@code extensions.code};
 *   <li>{@code graphql_refusals_total}: requests refused for a limit, by {@code limit};
 *   <li>{@code graphql_operation_statements} and {@code graphql_operation_database_seconds}: SQL
 *       statements and time connections were held, per operation;
 *   <li>{@code graphql_batch_size} and {@code graphql_batch_seconds}: the batches of each batched
 *       {@code field};
 *   <li>{@code graphql_compiled_seconds}: the one statement of each root {@code field} the compiled
 *       read path serves (platform/compiler), and {@code graphql_compiled_fallbacks_total}: the
 *       queries it left to the resolvers, by {@code reason} (the field it does not describe yet,
 *       {@code input} or {@code other}).
 * </ul>
 *
 * Histogram buckets are fixed and few, so each series costs a bounded number of lines.
 */
@ApplicationScoped
public class OperationMetrics {

  private static final Duration[] LATENCY_BUCKETS = {
    Duration.ofMillis(5),
    Duration.ofMillis(10),
    Duration.ofMillis(25),
    Duration.ofMillis(50),
    Duration.ofMillis(100),
    Duration.ofMillis(250),
    Duration.ofMillis(500),
    Duration.ofSeconds(1),
    Duration.ofMillis(2500),
    Duration.ofSeconds(5),
    Duration.ofSeconds(10)
  };
  private static final double[] STATEMENT_BUCKETS = {1, 2, 4, 8, 16, 32, 64};
  private static final double[] BATCH_SIZE_BUCKETS = {1, 5, 10, 20, 50, 100, 500, 1000};

  private record OperationKey(String operation, String type, String result) {}

  private record ErrorKey(String operation, String type, String code) {}

  private final MeterRegistry registry;
  private final OperationNames names;
  private final Map<OperationKey, Timer> operationTimers = new ConcurrentHashMap<>();
  private final Map<OperationKey, DistributionSummary> statements = new ConcurrentHashMap<>();
  private final Map<OperationKey, Timer> databaseTimers = new ConcurrentHashMap<>();
  private final Map<ErrorKey, Counter> errors = new ConcurrentHashMap<>();
  private final Map<String, Counter> refusals = new ConcurrentHashMap<>();
  private final Map<String, DistributionSummary> batchSizes = new ConcurrentHashMap<>();
  private final Map<String, Timer> batchTimers = new ConcurrentHashMap<>();
  private final Map<String, Timer> compiledTimers = new ConcurrentHashMap<>();

  @Inject
  OperationMetrics(MeterRegistry registry, ObservabilitySettings settings) {
    this.registry = registry;
    this.names = new OperationNames(settings.operationNames());
  }

  /** The label an operation's name is counted under. */
  String operationLabel(String name) {
    return names.label(name);
  }

  void operation(
      String operation,
      String type,
      boolean failed,
      long nanos,
      Iterable<String> errorCodes,
      RequestWork work) {
    OperationKey key = new OperationKey(operation, type, failed ? "error" : "ok");
    operationTimers
        .computeIfAbsent(
            key,
            k ->
                Timer.builder("graphql.operation")
                    .description("GraphQL operations, by name (bounded), type and result")
                    .tags("operation", k.operation, "type", k.type, "result", k.result)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
    for (String code : errorCodes) {
      errors
          .computeIfAbsent(
              new ErrorKey(operation, type, code),
              k ->
                  Counter.builder("graphql.operation.errors")
                      .description("GraphQL errors, by operation and extensions.code")
                      .tags("operation", k.operation, "type", k.type, "code", k.code)
                      .register(registry))
          .increment();
    }
    if (work != null) {
      OperationKey byOperation = new OperationKey(operation, type, "");
      statements
          .computeIfAbsent(
              byOperation,
              k ->
                  DistributionSummary.builder("graphql.operation.statements")
                      .description("SQL statements sent per operation")
                      .tags("operation", k.operation, "type", k.type)
                      .serviceLevelObjectives(STATEMENT_BUCKETS)
                      .register(registry))
          .record(work.statements());
      databaseTimers
          .computeIfAbsent(
              byOperation,
              k ->
                  Timer.builder("graphql.operation.database")
                      .description("Time an operation held database connections")
                      .tags("operation", k.operation, "type", k.type)
                      .serviceLevelObjectives(LATENCY_BUCKETS)
                      .register(registry))
          .record(work.databaseNanos(), TimeUnit.NANOSECONDS);
    }
  }

  /** A request refused for the named limit (depth, cost, documentSize, …). */
  public void refusal(String limit) {
    refusals
        .computeIfAbsent(
            limit,
            l ->
                Counter.builder("graphql.refusals")
                    .description("Requests refused for a limit, by limit name")
                    .tag("limit", l)
                    .register(registry))
        .increment();
  }

  void compiledFallback(String reason) {
    registry.counter("graphql.compiled.fallbacks", Tags.of("reason", reason)).increment();
  }

  void compiled(String field, long nanos) {
    compiledTimers
        .computeIfAbsent(
            field,
            f ->
                Timer.builder("graphql.compiled")
                    .description("Time to run the one statement of a compiled root field")
                    .tag("field", f)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }

  void batch(String field, int size, long nanos) {
    batchSizes
        .computeIfAbsent(
            field,
            f ->
                DistributionSummary.builder("graphql.batch.size")
                    .description("Parents per batch of a batched field")
                    .tag("field", f)
                    .serviceLevelObjectives(BATCH_SIZE_BUCKETS)
                    .register(registry))
        .record(size);
    batchTimers
        .computeIfAbsent(
            field,
            f ->
                Timer.builder("graphql.batch")
                    .description("Time to load one batch of a batched field")
                    .tag("field", f)
                    .serviceLevelObjectives(LATENCY_BUCKETS)
                    .register(registry))
        .record(nanos, TimeUnit.NANOSECONDS);
  }
}
