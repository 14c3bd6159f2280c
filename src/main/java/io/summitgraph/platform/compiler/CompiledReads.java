package io.summitgraph.platform.compiler;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.ExecutionStrategy;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.summitgraph.platform.fetching.ResponseCost;
import io.summitgraph.platform.observability.CompiledTelemetry;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * The compiled read path: a query whose every selected field a {@link ReadModel} describes runs as
 * one SQL statement per root field ({@link ReadCompiler}), PostgreSQL building the JSON, and a root
 * field given bad input answers null with its resolver's error; any other operation (mutations,
 * subscriptions, fields not described yet, bad input below the root) runs on the resolvers, as
 * before. Parsing, validation, limits and every instrumentation stay graphql-java's and SmallRye's:
 * only execution is replaced.
 */
@ApplicationScoped
public class CompiledReads {

  private static final Logger LOG = Logger.getLogger(CompiledReads.class);

  private final ObjectMapper json = new ObjectMapper();
  private final ExceptionHandler errors = new ExceptionHandler();

  @Inject ReadCatalog catalog;
  @Inject EntityManager entityManager;
  @Inject CompiledTelemetry telemetry;

  @ConfigProperty(name = "summitgraph.reads.compiled", defaultValue = "true")
  volatile boolean enabled;

  /**
   * Compiled operations, so that a client's repeated operation (the same text and variables: a
   * page, a persisted query) is not compiled again; bounded by the text held (4 million characters,
   * about a thousand detail pages' statements), since every new set of variables adds one and the
   * service's old generation is small (scripts/jvm-options).
   */
  private final Cache<PlanKey, Plan> plans =
      Caffeine.newBuilder()
          .maximumWeight(4_000_000)
          .weigher((PlanKey key, Plan plan) -> key.query().length() + plan.weight())
          .build();

  /** The engine's query execution: compiled when it can be, else {@code resolvers}. */
  public ExecutionStrategy around(ExecutionStrategy resolvers) {
    return new Strategy(resolvers);
  }

  /** Switches the compiled path off and on (tests compare both paths' answers). */
  void enable(boolean on) {
    enabled = on;
  }

  /** The statements an operation compiles to, or null when it runs on the resolvers. */
  List<Statement> compile(ExecutionContext execution, ExecutionStrategyParameters parameters) {
    if (!enabled
        || execution.getOperationDefinition().getOperation()
            != OperationDefinition.Operation.QUERY) {
      return null;
    }
    String text = execution.getExecutionInput().getQuery();
    Plan plan =
        text == null
            ? plan(execution, parameters)
            : plans.get(
                new PlanKey(
                    text,
                    execution.getOperationDefinition().getName(),
                    execution.getCoercedVariables().toMap()),
                key -> plan(execution, parameters));
    if (plan.statements() == null) {
      LOG.debugf("Runs on the resolvers: %s", plan.fallback());
      telemetry.fallback(plan.fallbackReason());
    }
    return plan.statements();
  }

  private Plan plan(ExecutionContext execution, ExecutionStrategyParameters parameters) {
    try {
      List<Statement> statements = new ArrayList<>();
      for (MergedField field : parameters.getFields().getSubFieldsList()) {
        if (field.getName().equals("__typename")) {
          statements.add(new Statement(field.getResultKey(), null, Map.of()));
        } else {
          try {
            statements.add(new ReadCompiler(catalog, execution).root(field));
          } catch (RejectedArguments rejected) {
            statements.add(Statement.rejected(field.getResultKey(), rejected.rejection()));
          }
        }
      }
      return new Plan(List.copyOf(statements), null, null);
    } catch (NotCompiled e) {
      // Not described yet: the resolvers serve it.
      return new Plan(null, e.getMessage(), e.metricReason());
    } catch (RuntimeException e) {
      // Bad input below the root: the resolvers report it per item, as they always have.
      return new Plan(null, String.valueOf(e.getMessage()), "input");
    }
  }

  /**
   * An operation as sent: its text, the operation chosen, and its variables as coerced. The
   * statements depend on nothing else (reads do not depend on the caller or the clock).
   */
  private record PlanKey(String query, String operation, Map<String, Object> variables) {}

  /** An operation's statements, or why it runs on the resolvers instead. */
  private record Plan(List<Statement> statements, String fallback, String fallbackReason) {

    int weight() {
      return statements == null
          ? 1
          : statements.stream().mapToInt(s -> s.sql() == null ? 1 : s.sql().length()).sum();
    }
  }

  private ExecutionResult run(
      ExecutionContext execution, ExecutionStrategyParameters parameters, List<Statement> plan) {
    GraphQLObjectType queryType = execution.getGraphQLSchema().getQueryType();
    Map<String, Object> data = new LinkedHashMap<>();
    List<GraphQLError> fieldErrors = new ArrayList<>();
    boolean nulled = false;
    ResponseCost cost = execution.getGraphQLContext().get(ResponseCost.KEY);
    // A non-null root field rejected nulls the whole data: the other fields need not be read.
    boolean doomed =
        plan.stream()
            .anyMatch(
                statement ->
                    statement.rejection() != null
                        && queryType
                                .getFieldDefinition(
                                    parameters
                                        .getFields()
                                        .getSubField(statement.responseKey())
                                        .getName())
                                .getType()
                            instanceof GraphQLNonNull);
    for (Statement statement : plan) {
      if (cost != null && cost.exceeded()) {
        break; // The response will not be sent (OperationRules): no need to read the rest.
      }
      MergedField field = parameters.getFields().getSubField(statement.responseKey());
      if (doomed && statement.rejection() == null) {
        continue;
      }
      if (statement.sql() == null && statement.rejection() == null) {
        data.put(statement.responseKey(), queryType.getName());
        continue;
      }
      try {
        if (statement.rejection() != null) {
          throw statement.rejection();
        }
        data.put(
            statement.responseKey(),
            telemetry.statement(
                queryType.getName() + "." + field.getName(),
                execution.getGraphQLContext(),
                () -> answer(statement)));
        countLongText(data.get(statement.responseKey()), cost);
      } catch (RuntimeException e) {
        GraphQLFieldDefinition definition = queryType.getFieldDefinition(field.getName());
        fieldErrors.addAll(errorsOf(execution, parameters, field, definition, e));
        data.put(statement.responseKey(), null);
        nulled |= definition.getType() instanceof GraphQLNonNull;
      }
    }
    return ExecutionResult.newExecutionResult()
        .data(nulled ? null : data)
        .errors(fieldErrors)
        .build();
  }

  private Object answer(Statement statement) {
    if (LOG.isDebugEnabled()) {
      // Parameter names only: their values are the client's variables, which logs never hold.
      LOG.debugf(
          "%s: %s with %s",
          statement.responseKey(), statement.sql(), statement.parameters().keySet());
    }
    Query query = entityManager.createNativeQuery(statement.sql());
    statement.parameters().forEach(query::setParameter);
    if (statement.prepared() != null) {
      Map<String, Object> prepared = statement.prepared().get();
      if (LOG.isDebugEnabled()) {
        LOG.debugf("%s: prepared %s", statement.responseKey(), prepared.keySet());
      }
      prepared.forEach(query::setParameter);
    }
    String text = (String) query.getSingleResult();
    try {
      return text == null ? null : json.readValue(text, Object.class);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("PostgreSQL answered JSON that does not parse", e);
    }
  }

  /** Counts the long texts of an answer against the response's text budget, as resolvers do. */
  private static void countLongText(Object value, ResponseCost cost) {
    if (cost == null) {
      return;
    }
    if (value instanceof String text && text.length() >= ResponseCost.LONG_TEXT) {
      cost.text(text.length());
    } else if (value instanceof Map<?, ?> object) {
      object.values().forEach(inner -> countLongText(inner, cost));
    } else if (value instanceof List<?> list) {
      list.forEach(inner -> countLongText(inner, cost));
    }
  }

  /** The errors SmallRye would report had the field's resolver thrown {@code exception}. */
  private List<GraphQLError> errorsOf(
      ExecutionContext execution,
      ExecutionStrategyParameters parameters,
      MergedField field,
      GraphQLFieldDefinition definition,
      Throwable exception) {
    ExecutionStepInfo step =
        ExecutionStepInfo.newExecutionStepInfo()
            .type(definition.getType())
            .fieldDefinition(definition)
            .field(field)
            .path(ResultPath.rootPath().segment(field.getResultKey()))
            .parentInfo(parameters.getExecutionStepInfo())
            .build();
    DataFetchingEnvironment environment =
        DataFetchingEnvironmentImpl.newDataFetchingEnvironment(execution)
            .executionStepInfo(step)
            .mergedField(field)
            .fieldDefinition(definition)
            .parentType(execution.getGraphQLSchema().getQueryType())
            .build();
    return errors
        .handleException(
            DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(environment)
                .exception(exception)
                .build())
        .join()
        .getErrors();
  }

  private final class Strategy extends ExecutionStrategy {

    private final ExecutionStrategy resolvers;

    Strategy(ExecutionStrategy resolvers) {
      this.resolvers = resolvers;
    }

    @Override
    public CompletableFuture<ExecutionResult> execute(
        ExecutionContext execution, ExecutionStrategyParameters parameters) {
      List<Statement> plan = compile(execution, parameters);
      if (plan == null) {
        return resolvers.execute(execution, parameters);
      }
      Context context = Vertx.currentContext();
      if (context == null || Context.isOnWorkerThread()) {
        return CompletableFuture.completedFuture(run(execution, parameters, plan));
      }
      // SmallRye executes on the event loop and runs blocking resolvers on workers; the statements
      // run on a worker too, on the request's context (its CDI request context and its flags).
      CompletableFuture<ExecutionResult> result = new CompletableFuture<>();
      context
          .executeBlocking(() -> run(execution, parameters, plan), false)
          .onComplete(
              done -> {
                if (done.succeeded()) {
                  result.complete(done.result());
                } else {
                  result.completeExceptionally(done.cause());
                }
              });
      return result;
    }
  }
}
