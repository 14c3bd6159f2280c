package io.summitgraph.common.mutations;

import jakarta.persistence.OptimisticLockException;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.hibernate.StaleStateException;

/**
 * The one way a GraphQL mutation runs its service call: a refused change (user errors, or a
 * concurrent update detected when the transaction commits) becomes the payload's {@code
 * userErrors}; the transaction has rolled back, so nothing was written.
 */
public final class Mutations {

  private Mutations() {}

  /**
   * Runs {@code action} (a transactional service call returning the success payload); on refusal
   * returns {@code refused.apply(userErrors)}.
   */
  public static <P> P attempt(Supplier<P> action, Function<List<UserError>, P> refused) {
    try {
      return action.get();
    } catch (UserErrorsException e) {
      return refused.apply(e.errors());
    } catch (RuntimeException e) {
      if (isConcurrentUpdate(e)) {
        return refused.apply(
            List.of(
                UserError.of(
                    UserErrorCode.CONFLICT,
                    "Someone else changed this record at the same time; read it again and retry.",
                    "input",
                    "version")));
      }
      UserError ruleBroken = DatabaseRules.translate(e);
      if (ruleBroken != null) {
        return refused.apply(List.of(ruleBroken));
      }
      throw e;
    }
  }

  private static boolean isConcurrentUpdate(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
        return true;
      }
    }
    return false;
  }
}
