package io.summitgraph.common.errors;

import io.smallrye.graphql.api.ErrorCode;

/** An argument the client sent is malformed or out of range. */
@ErrorCode("BAD_USER_INPUT")
public class BadUserInputException extends ApiException {

  public BadUserInputException(String message) {
    super(message);
  }
}
