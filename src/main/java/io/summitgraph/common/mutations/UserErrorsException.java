package io.summitgraph.common.mutations;

import java.util.List;

/**
 * Thrown by a service when a mutation must not happen; unchecked so that the surrounding
 * transaction rolls back and nothing is written. {@link Mutations#attempt} turns it into the
 * payload's user errors.
 */
public class UserErrorsException extends RuntimeException {

  private final List<UserError> errors;

  public UserErrorsException(List<UserError> errors) {
    super(errors.toString(), null, false, false);
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("A refused mutation needs at least one user error");
    }
    this.errors = List.copyOf(errors);
  }

  public UserErrorsException(UserError error) {
    this(List.of(error));
  }

  public static UserErrorsException of(UserErrorCode code, String message, String... field) {
    return new UserErrorsException(UserError.of(code, message, field));
  }

  public List<UserError> errors() {
    return errors;
  }
}
