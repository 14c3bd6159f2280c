package io.summitgraph.live;

import io.smallrye.graphql.api.ErrorCode;
import io.summitgraph.common.errors.ApiException;

/**
 * A subscription refused because a socket or the instance holds as many as it may: {@code
 * QUERY_LIMIT_EXCEEDED}, with the limit's name in {@code extensions.limit} (added by ErrorCodes).
 */
@ErrorCode("QUERY_LIMIT_EXCEEDED")
public class SubscriptionLimitException extends ApiException {

  private final String limit;

  SubscriptionLimitException(String limit, int maximum) {
    super(
        "The operation exceeds the "
            + limit
            + " limit: at most "
            + maximum
            + " subscriptions allowed; complete one first");
    this.limit = limit;
  }

  /** The limit's name, as {@code extensions.limit} gives it. */
  public String limit() {
    return limit;
  }
}
