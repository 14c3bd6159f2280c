package io.summitgraph.common.errors;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A request refused by one of the service's limits found while it runs (e.g. a socket or the
 * instance already holds as many subscriptions as it may): {@code QUERY_LIMIT_EXCEEDED}, with the
 * limit's name in {@code extensions.limit} (added by the platform's error codes).
 */
@ErrorCode("QUERY_LIMIT_EXCEEDED")
public class LimitExceededException extends ApiException {

  private final String limit;

  public LimitExceededException(String limit, int maximum, String what) {
    super("The operation exceeds the " + limit + " limit: at most " + maximum + " " + what);
    this.limit = limit;
  }

  /** The limit's name, as {@code extensions.limit} gives it. */
  public String limit() {
    return limit;
  }
}
