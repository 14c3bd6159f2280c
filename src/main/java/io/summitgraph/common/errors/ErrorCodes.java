package io.summitgraph.common.errors;

/**
 * The {@code extensions.code} values the service gives errors besides those its exceptions carry
 * ({@code @ErrorCode} on an {@link ApiException}) and the limits' {@code QUERY_LIMIT_EXCEEDED}
 * ({@code platform/limits/QueryLimits.CODE}). Clients may act on them: they never change.
 */
public final class ErrorCodes {

  private ErrorCodes() {}

  /** A response would carry more long text than its budget (summitgraph.limits.response-text). */
  public static final String RESPONSE_TOO_LARGE = "RESPONSE_TOO_LARGE";

  public static final String PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
  public static final String VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
  public static final String INTERNAL = "INTERNAL_SERVER_ERROR";
  public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
  public static final String FORBIDDEN = "FORBIDDEN";

  /** An operation type the schema has no root for (subscriptions). */
  public static final String OPERATION_NOT_SUPPORTED = "OPERATION_NOT_SUPPORTED";

  /** The database did not answer within the statement timeout. */
  public static final String QUERY_TIMEOUT = "QUERY_TIMEOUT";

  /** Too many operations at once: the request may be sent again after its Retry-After delay. */
  public static final String SERVICE_OVERLOADED = "SERVICE_OVERLOADED";

  /**
   * The client spent its cost budget (summitgraph.budget.*): {@code extensions.retryAfter} says in
   * how many seconds the operation would fit.
   */
  public static final String RATE_LIMITED = "RATE_LIMITED";

  /** The database cannot be reached; the request may be retried later. */
  public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
}
