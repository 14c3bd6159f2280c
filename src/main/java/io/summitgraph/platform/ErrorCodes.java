package io.summitgraph.platform;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import io.summitgraph.common.errors.ApiException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.jboss.logging.Logger;

/**
 * Gives every error a stable {@code extensions.code} and keeps internals out of responses. Client
 * errors keep their message; anything else becomes INTERNAL_SERVER_ERROR with an error id that is
 * logged with the details.
 */
public class ErrorCodes extends SimplePerformantInstrumentation {

  /**
   * Codes our own exceptions carry (see {@code common/errors}); their messages are written for
   * clients.
   */
  public static final Set<String> CLIENT_CODES = Set.of("BAD_USER_INPUT");

  public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
  public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
  public static final String INTERNAL = "INTERNAL_SERVER_ERROR";
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";

  private static final Logger LOG = Logger.getLogger(ErrorCodes.class);

  @Override
  public CompletableFuture<ExecutionResult> instrumentExecutionResult(
      ExecutionResult result,
      InstrumentationExecutionParameters parameters,
      InstrumentationState state) {
    if (result.getErrors().isEmpty()) {
      return CompletableFuture.completedFuture(result);
    }
    List<GraphQLError> requestErrors =
        result.getErrors().stream().filter(ErrorCodes::isRequestError).toList();
    if (!requestErrors.isEmpty()) {
      // A request error (bad syntax, invalid document or variables) means nothing executes: errors
      // only, no data.
      // SmallRye would otherwise also report the null its resolver produced for the unusable
      // arguments.
      List<GraphQLError> errors = requestErrors.stream().map(ErrorCodes::withCode).toList();
      return CompletableFuture.completedFuture(
          ExecutionResult.newExecutionResult().errors(errors).build());
    }
    List<GraphQLError> errors = result.getErrors().stream().map(ErrorCodes::withCode).toList();
    return CompletableFuture.completedFuture(result.transform(builder -> builder.errors(errors)));
  }

  private static boolean isRequestError(GraphQLError error) {
    return error.getErrorType() == ErrorType.ValidationError
        || error.getErrorType() == ErrorType.InvalidSyntax;
  }

  private static GraphQLError withCode(GraphQLError error) {
    Map<String, Object> extensions =
        error.getExtensions() == null
            ? new LinkedHashMap<>()
            : new LinkedHashMap<>(error.getExtensions());
    Object code = extensions.get("code");
    if (code instanceof String known && CLIENT_CODES.contains(known)
        || error instanceof ExceptionWhileDataFetching fetching
            && fetching.getException() instanceof ApiException) {
      // SmallRye adds the exception's @ErrorCode when it writes the response.
      return error;
    }
    ErrorClassification type = error.getErrorType();
    String message = error.getMessage();
    Throwable thrown =
        error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null;
    if (thrown instanceof UnauthorizedException
        || thrown instanceof AuthenticationFailedException) {
      // No token, or one that is expired or not signed by the trusted key: the same answer for all.
      extensions.clear();
      extensions.put("code", UNAUTHENTICATED);
      message = "This operation needs a valid curator's bearer token (Authorization: Bearer ...)";
    } else if (thrown instanceof ForbiddenException) {
      extensions.clear();
      extensions.put("code", FORBIDDEN);
      message = "This operation needs the curator role";
    } else if (type == ErrorType.InvalidSyntax) {
      extensions.put("code", PARSE_FAILED);
    } else if (type == ErrorType.ValidationError) {
      extensions.put("code", VALIDATION_FAILED);
    } else {
      String errorId = UUID.randomUUID().toString();
      LOG.errorf(
          error instanceof ExceptionWhileDataFetching fetching ? fetching.getException() : null,
          "Internal error %s at %s: %s",
          errorId,
          error.getPath(),
          error.getMessage());
      extensions.clear();
      extensions.put("code", INTERNAL);
      extensions.put("errorId", errorId);
      message = "Internal server error (error id " + errorId + ")";
    }
    return GraphqlErrorBuilder.newError()
        .message(message)
        .locations(error.getLocations())
        .path(error.getPath())
        .errorType(type)
        .extensions(extensions)
        .build();
  }
}
