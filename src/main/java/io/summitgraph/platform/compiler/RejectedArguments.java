package io.summitgraph.platform.compiler;

import io.summitgraph.common.errors.ApiException;

/**
 * Thrown while compiling a root field whose own arguments are bad input (a malformed cursor, a page
 * too large, a malformed ID): the field answers null with the error its resolver raises for them,
 * {@link #rejection()}, and the operation's other root fields still run compiled. Bad input further
 * down is not known here per item, so those operations run on the resolvers.
 */
final class RejectedArguments extends RuntimeException {

  private final ApiException rejection;

  RejectedArguments(ApiException rejection) {
    super(rejection.getMessage(), null, false, false);
    this.rejection = rejection;
  }

  ApiException rejection() {
    return rejection;
  }
}
