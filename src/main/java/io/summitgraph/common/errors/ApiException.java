package io.summitgraph.common.errors;

/**
 * A client error the API reports with its message and a stable {@code extensions.code}. Subclasses
 * carry the code with {@link io.smallrye.graphql.api.ErrorCode}; the message is meant for the
 * client and never holds internals.
 */
public abstract class ApiException extends RuntimeException {

  protected ApiException(String message) {
    super(message, null, false, false);
  }
}
