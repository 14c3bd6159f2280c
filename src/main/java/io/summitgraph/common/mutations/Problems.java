package io.summitgraph.common.mutations;

import java.util.ArrayList;
import java.util.List;

/**
 * The user errors found while checking one mutation's input: every problem is collected, so the
 * client learns all of them at once, then {@link #throwIfAny()} refuses the mutation.
 */
public final class Problems {

  private final List<UserError> errors = new ArrayList<>();

  public void add(UserErrorCode code, String message, String... field) {
    errors.add(UserError.of(code, message, field));
  }

  /** Records a problem unless {@code holds}; returns {@code holds}. */
  public boolean check(boolean holds, UserErrorCode code, String message, String... field) {
    if (!holds) {
      add(code, message, field);
    }
    return holds;
  }

  public boolean isEmpty() {
    return errors.isEmpty();
  }

  /** Refuses the mutation (rolling its transaction back) when any problem was found. */
  public void throwIfAny() {
    if (!errors.isEmpty()) {
      throw new UserErrorsException(errors);
    }
  }

  /** A field path under a prefix: {@code path(["input"], "citation", "excerpt")}. */
  public static String[] path(String[] prefix, String... more) {
    String[] path = new String[prefix.length + more.length];
    System.arraycopy(prefix, 0, path, 0, prefix.length);
    System.arraycopy(more, 0, path, prefix.length, more.length);
    return path;
  }
}
