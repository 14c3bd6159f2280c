package io.summitgraph.platform.engine;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.agroal.api.AgroalDataSource;
import io.quarkus.arc.Arc;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.summitgraph.common.errors.ApiException;
import io.summitgraph.common.errors.ErrorCodes;
import io.summitgraph.common.errors.LimitExceededException;
import io.summitgraph.platform.http.HttpProtocol;
import io.summitgraph.platform.limits.QueryLimits;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BooleanSupplier;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every error a stable {@code extensions.code} ({@link ErrorCodes}) and keeps internals out
 * of responses. Client errors keep their message; anything else becomes INTERNAL_SERVER_ERROR with
 * an error id that is logged with the details.
 */
public class CodedErrors extends SimplePerformantInstrumentation {

  /**
   * Codes our own exceptions carry (see {@code common/errors}); their messages are written for
   * clients.
   */
  public static final Set<String> CLIENT_CODES =
      Set.of(
          "BAD_USER_INPUT",
          QueryLimits.CODE,
          "INTROSPECTION_DISABLED",
          "GRAPHQL_VALIDATION_FAILED",
          "RESPONSE_TOO_LARGE",
          "OPERATION_NOT_SUPPORTED",
          "RATE_LIMITED");

  /** graphql-java's classification of a refused introspection query (a repeated __schema, …). */
  private static final String BAD_FAITH_INTROSPECTION = "BadFaithIntrospection";

  private static final Logger LOG = Logger.getLogger(CodedErrors.class);

  /**
   * Taken when the operation starts, on the request's Vert.x context: the result may be completed
   * on another thread, for example the one that ended the request when its client left.
   */
  private record RequestState(BooleanSupplier clientLeft) implements InstrumentationState {}

  @Override
  public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
    return new RequestState(HttpProtocol.clientLeftFlag());
  }

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (state instanceof RequestState request && request.clientLeft().getAsBoolean()) {
      // The request ended under the operation (closed statements, an inactive request context), so
      // its errors are no faults; nobody reads this result. One line, not one per failed field.
      LOG.debugf(
          "The client left before the answer; %d errors of the operation not reported",
          result.getErrors().size());
      return CompletableFuture.completedFuture(result);
    }
    if (result.getErrors().isEmpty()) {
      return CompletableFuture.completedFuture(result);
    }
    List<GraphQLError> requestErrors =
        result.getErrors().stream().filter(CodedErrors::isRequestError).toList();
    if (!result.isDataPresent() || !requestErrors.isEmpty()) {
      HttpProtocol.markRequestError();
    }
    if (!requestErrors.isEmpty()) {
      // A request error (bad syntax, invalid document or variables) means nothing executes: errors
      // only, no data. SmallRye would otherwise also report the null its resolver produced for the
      // unusable arguments.
      List<GraphQLError> errors = requestErrors.stream().map(CodedErrors::withCode).toList();
      return CompletableFuture.completedFuture(
          ExecutionResult.newExecutionResult().errors(errors).build());
    }
    List<GraphQLError> errors = result.getErrors().stream().map(CodedErrors::withCode).toList();
    return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
  }

  private static boolean isRequestError(GraphQLError error) {
    return error.getErrorType() == ErrorType.ValidationError
        || error.getErrorType() == ErrorType.InvalidSyntax
        || error.getErrorType() != null
            && error.getErrorType().toSpecification(error).equals(BAD_FAITH_INTROSPECTION);
  }

  private static GraphQLError withCode(GraphQLError error) {
    Map<String, Object> extensions =
        error.getExtensions() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(error.getExtensions());
    Object code = extensions.get("code");
    if (error instanceof ExceptionWhileDataFetching fetching
        && fetching.getException() instanceof LimitExceededException limited) {
      extensions.put("code", QueryLimits.CODE);
      extensions.put("limit", limited.limit());
      return GraphqlErrorBuilder.newError()
          .message(limited.getMessage())
          .path(error.getPath())
          .locations(error.getLocations())
          .errorType(ErrorClassification.errorClassification(QueryLimits.CODE))
          .extensions(extensions)
          .build();
    }
    if (code instanceof String known && CLIENT_CODES.contains(known)
        || error instanceof ExceptionWhileDataFetching fetching
            && fetching.getException() instanceof ApiException) {
      // SmallRye adds the exception's @ErrorCode when it writes the response.
      return error;
    }
    ErrorClassification type = error.getErrorType();
    String message = error.getMessage();
    extensions.remove("classification");
    Throwable exception =
        error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null;
    String databaseFault = exception == null ? null : databaseFault(exception);
    if (exception instanceof UnauthorizedException
        || exception instanceof AuthenticationFailedException) {
      // No token, or one that is expired or not signed by the trusted key: the same answer for all.
      extensions.clear();
      extensions.put("code", ErrorCodes.UNAUTHENTICATED);
      message = "This operation needs a valid curator's bearer token (Authorization: Bearer ...)";
    } else if (exception instanceof ForbiddenException) {
      extensions.clear();
      extensions.put("code", ErrorCodes.FORBIDDEN);
      message = "This operation needs the curator role";
    } else if (type == ErrorType.InvalidSyntax
        && message != null
        && message.contains("cancelled")) {
      // The parser gave up at the token or character limit (see GraphQLCustomization).
      extensions.put("code", QueryLimits.CODE);
      extensions.put("limit", message.contains("characters") ? "documentSize" : "tokens");
      message = "The document exceeds the parser's token or size limit";
    } else if (type == ErrorType.InvalidSyntax) {
      extensions.put("code", ErrorCodes.PARSE_FAILED);
    } else if (type == ErrorType.ValidationError) {
      extensions.put("code", ErrorCodes.VALIDATION_FAILED);
    } else if (type != null && type.toSpecification(error).equals(BAD_FAITH_INTROSPECTION)) {
      extensions.put("code", QueryLimits.CODE);
      extensions.put("limit", "introspection");
      message =
          "Introspection may ask for __schema or __type once, and for each of fields,"
              + " inputFields, interfaces and possibleTypes once";
    } else if (databaseFault != null) {
      String errorId = UUID.randomUUID().toString();
      logWithErrorId(
          errorId,
          () ->
              LOG.warnf(
                  "Database fault %s (%s) at %s: %s",
                  errorId, databaseFault, error.getPath(), exception));
      extensions.clear();
      extensions.put("code", databaseFault);
      extensions.put("errorId", errorId);
      message =
          databaseFault.equals(ErrorCodes.QUERY_TIMEOUT)
              ? "The query took longer than the database statement timeout allows (error id "
                  + errorId
                  + ")"
              : "The database is unavailable; retry later (error id " + errorId + ")";
    } else {
      String errorId = UUID.randomUUID().toString();
      String logged = message;
      logWithErrorId(
          errorId,
          () ->
              LOG.errorf(
                  exception, "Internal error %s at %s: %s", errorId, error.getPath(), logged));
      extensions.clear();
      extensions.put("code", ErrorCodes.INTERNAL);
      extensions.put("errorId", errorId);
      message = "Internal server error (error id " + errorId + ")";
    }
    return GraphqlErrorBuilder.newError()
        .message(message)
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(ErrorClassification.errorClassification((String) extensions.get("code")))
        .extensions(extensions)
        .build();
  }

  /**
   * Logs with the error id as a field of its own ({@code errorId} in JSON logs), the id the client
   * was given, so an operator can find the line a client reports.
   */
  private static void logWithErrorId(String errorId, Runnable log) {
    MDC.put("errorId", errorId);
    try {
      log.run();
    } finally {
      MDC.remove("errorId");
    }
  }

  /**
   * Connections the database dropped (a restart, a crash) would each fail one more request: the
   * pool checks its idle connections now and drops the broken ones, so service resumes as soon as
   * the database is back.
   */
  private static void flushBrokenConnections() {
    try {
      Arc.container()
          .instance(AgroalDataSource.class)
          .get()
          .flush(AgroalDataSource.FlushMode.INVALID);
    } catch (RuntimeException e) {
      LOG.debug("Could not flush the connection pool", e);
    }
  }

  /**
   * {@link ErrorCodes#QUERY_TIMEOUT} when the database cancelled a statement at the timeout, {@link
   * ErrorCodes#SERVICE_UNAVAILABLE} when it cannot be reached (no connection, connection lost,
   * shutting down, or no pooled connection in time); otherwise null.
   */
  public static String databaseFault(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState() == null ? "" : sql.getSQLState();
        if (state.equals("57014")) {
          return ErrorCodes.QUERY_TIMEOUT;
        }
        if (state.startsWith("08")
            || String.valueOf(sql.getMessage()).contains("acquisition timeout")
            || state.equals("57P01")
            || state.equals("57P02")
            || state.equals("57P03")
            || sql instanceof SQLTransientConnectionException) {
          return ErrorCodes.SERVICE_UNAVAILABLE;
        }
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }
}
