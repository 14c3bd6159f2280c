package io.summitgraph.platform.engine;

import graphql.ErrorClassification;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.validation.ValidationError;
import io.summitgraph.common.errors.ErrorCodes;
import io.summitgraph.platform.budgets.BudgetedClients;
import io.summitgraph.platform.budgets.ClientBudgets;
import io.summitgraph.platform.fetching.ResponseCost;
import io.summitgraph.platform.fetching.Selection;
import io.summitgraph.platform.http.ApiExposure;
import io.summitgraph.platform.http.GraphQLSockets;
import io.summitgraph.platform.http.HttpProtocol;
import io.summitgraph.platform.limits.ActualCost;
import io.summitgraph.platform.limits.LimitCheck;
import io.summitgraph.platform.limits.QueryLimits;
import io.summitgraph.platform.observability.OperationTelemetry;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * Rules checked once per operation, in one walk of the document, before it executes.
 *
 * <p>Text arguments may not contain NUL characters: PostgreSQL text cannot hold them, so they could
 * only fail deeper down; they are refused as bad input here.
 *
 * <p>SmallRye resolves each nested field with one batch call per level, and caches results by
 * parent: every occurrence of a field in a request shares the arguments of the first. So a request
 * that asks for the same field with different arguments (e.g. two aliases with different {@code
 * first}) would silently get wrong data; it is refused instead, with a message saying how to split
 * it. The same walk records every field under which {@code totalCount} is selected anywhere, so a
 * connection reused from the cache has its total.
 */
public class OperationRules extends SimplePerformantInstrumentation {

  private final QueryLimits limits;
  private final ApiExposure exposure;
  private final ClientBudgets budgets;

  OperationRules(QueryLimits limits, ApiExposure exposure, ClientBudgets budgets) {
    this.limits = limits;
    this.exposure = exposure;
    this.budgets = budgets;
  }

  /**
   * The limits are checked before the engine validates a document, as validating a hostile one (a
   * fragment bomb) is itself expensive.
   */
  @Override
  public InstrumentationContext<List<ValidationError>> beginValidation(
      InstrumentationValidationParameters parameters, InstrumentationState state) {
    LimitCheck.check(
        limits,
        exposure.introspection(),
        parameters.getSchema(),
        parameters.getDocument(),
        parameters.getOperation(),
        parameters.getVariables(),
        overWebSocket(parameters.getGraphQLContext()));
    return super.beginValidation(parameters, state);
  }

  /**
   * Whether the operation came over a GraphQL WebSocket: SmallRye hands the upgrade request's
   * headers to every operation of a socket, and {@link GraphQLSockets} named the socket there.
   */
  static boolean overWebSocket(GraphQLContext context) {
    Object headers = context == null ? null : context.get("httpHeaders");
    if (headers instanceof Map<?, ?> map) {
      for (Object name : map.keySet()) {
        if (GraphQLSockets.SOCKET_HEADER.equalsIgnoreCase(String.valueOf(name))) {
          return true;
        }
      }
    }
    return false;
  }

  /** GraphQL context key: the {@link ActualCost} of the executing operation. */
  private static final String ACTUAL_COST = "summitgraph.actualCost";

  /** GraphQL context key: the client whose budget the executing operation is charged to. */
  private static final String CHARGED_CLIENT = "summitgraph.chargedClient";

  @Override
  public InstrumentationContext<ExecutionResult> beginExecuteOperation(
      InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
    ExecutionContext execution = parameters.getExecutionContext();
    // Again with the coerced variables: a validated document is cached and not validated again, but
    // its cost depends on the variables (first/last).
    double estimatedCost =
        LimitCheck.check(
            limits,
            exposure.introspection(),
            execution.getGraphQLSchema(),
            execution.getDocument(),
            execution.getOperationDefinition().getName(),
            execution.getCoercedVariables().toMap(),
            overWebSocket(execution.getGraphQLContext()));
    execution.getGraphQLContext().put(OperationTelemetry.ESTIMATED_COST, (long) estimatedCost);
    String client = BudgetedClients.current();
    long retryAfter = budgets.admit(client, (long) estimatedCost);
    if (retryAfter > 0) {
      HttpProtocol.markRateLimited(retryAfter);
      throw rateLimited(retryAfter);
    }
    if (client != null) {
      execution.getGraphQLContext().put(CHARGED_CLIENT, client);
    }
    execution.getGraphQLContext().put(ResponseCost.KEY, ResponseCost.begin(limits.responseText()));
    ActualCost actualCost = new ActualCost();
    execution.getGraphQLContext().put(ACTUAL_COST, actualCost);
    Set<String> totalCountFields = new HashSet<>();
    QueryTraverser.newQueryTraverser()
        .schema(execution.getGraphQLSchema())
        .document(execution.getDocument())
        .operationName(execution.getOperationDefinition().getName())
        .coercedVariables(execution.getCoercedVariables())
        .build()
        .visitPreOrder(
            new QueryVisitorStub() {
              @Override
              public void visitField(QueryVisitorFieldEnvironment field) {
                if (containsNul(field.getArguments().values())) {
                  throw refusal(
                      key(field)
                          + " has a text argument containing a NUL character, which is not allowed");
                }
                actualCost.field(responsePath(field), field.getFieldDefinition());
                QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
                if (parent == null) {
                  return; // root fields are not batched
                }
                if (field.getFieldDefinition().getName().equals("totalCount")) {
                  totalCountFields.add(key(parent));
                }
              }
            });
    execution.getGraphQLContext().put(Selection.TOTAL_COUNT_FIELDS, totalCountFields);
    return super.beginExecuteOperation(parameters, state);
  }

  /**
   * Reports the operation's cost in {@code extensions.cost} (estimated before it ran, counted while
   * its response was built, and the limit), and replaces a response whose long text passed its
   * budget with a {@code RESPONSE_TOO_LARGE} error.
   */
  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    GraphQLContext context = parameters.getGraphQLContext();
    ResponseCost cost = context == null ? null : context.get(ResponseCost.KEY);
    ActualCost actual = context == null ? null : context.get(ACTUAL_COST);
    if (cost == null || actual == null) {
      return CompletableFuture.completedFuture(result); // nothing executed
    }
    long requested = context.getOrDefault(OperationTelemetry.ESTIMATED_COST, 0L);
    long actualCost = actual.of(result.getData());
    budgets.settle(context.get(CHARGED_CLIENT), requested, actualCost);
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("requested", requested);
    report.put("actual", actualCost);
    report.put("limit", limits.cost());
    Map<Object, Object> extensions = new LinkedHashMap<>();
    if (result.getExtensions() != null) {
      extensions.putAll(result.getExtensions());
    }
    extensions.put("cost", report);
    if (cost.exceeded()) {
      GraphQLError tooLarge =
          GraphqlErrorBuilder.newError()
              .message(
                  "The response would carry more than "
                      + limits.responseText()
                      + " characters of long text; ask for fewer items or leave the long text out")
              .errorType(ErrorClassification.errorClassification(ErrorCodes.RESPONSE_TOO_LARGE))
              .extensions(Map.of("code", ErrorCodes.RESPONSE_TOO_LARGE, "limit", "responseText"))
              .build();
      return CompletableFuture.completedFuture(
          ExecutionResult.newExecutionResult()
              .data(null)
              .errors(List.of(tooLarge))
              .extensions(extensions)
              .build());
    }
    return CompletableFuture.completedFuture(result.transform(b -> b.extensions(extensions)));
  }

  private static AbortExecutionException rateLimited(long retryAfterSeconds) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .message(
                    "This client has spent its cost budget; the operation fits again in "
                        + retryAfterSeconds
                        + " s (extensions.retryAfter, and the Retry-After header)")
                .errorType(ErrorClassification.errorClassification(ErrorCodes.RATE_LIMITED))
                .extensions(
                    Map.of("code", ErrorCodes.RATE_LIMITED, "retryAfter", retryAfterSeconds))
                .build()));
  }

  private static AbortExecutionException refusal(String message) {
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification("BAD_USER_INPUT"))
                .extensions(Map.of("code", "BAD_USER_INPUT"))
                .build()));
  }

  private static boolean containsNul(Collection<?> values) {
    for (Object value : values) {
      if (value instanceof String text && text.indexOf('\u0000') >= 0
          || value instanceof Map<?, ?> input && containsNul(input.values())
          || value instanceof Collection<?> list && containsNul(list)) {
        return true;
      }
    }
    return false;
  }

  private static String responsePath(QueryVisitorFieldEnvironment field) {
    String key = field.getField().getResultKey();
    QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
    return parent == null ? key : responsePath(parent) + "/" + key;
  }

  static String key(QueryVisitorFieldEnvironment field) {
    return field.getFieldsContainer().getName() + "." + field.getFieldDefinition().getName();
  }
}
