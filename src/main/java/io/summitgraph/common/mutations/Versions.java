package io.summitgraph.common.mutations;

/** The optimistic-locking rule every update shares: it must name the version the client read. */
public final class Versions {

  private Versions() {}

  /**
   * Refuses the change with {@code CONFLICT} at {@code field} when {@code current} is not the
   * version the client sent; {@code what} names the record ("the person").
   */
  public static void require(long current, long sent, String what, String... field) {
    if (current != sent) {
      throw UserErrorsException.of(
          UserErrorCode.CONFLICT,
          what
              + " changed since version "
              + sent
              + " (now "
              + current
              + "); read it again and retry.",
          field);
    }
  }
}
