package io.summitgraph.platform.compiler;

/**
 * Thrown while compiling an operation the compiled read path does not serve (yet): the operation
 * runs on the resolvers instead. Never reaches a client.
 */
final class NotCompiled extends RuntimeException {

  private static final java.util.regex.Pattern FIELD =
      java.util.regex.Pattern.compile("[A-Z][A-Za-z0-9_]*\\.[A-Za-z_][A-Za-z0-9_]*");

  NotCompiled(String reason) {
    super(reason, null, false, false);
  }

  /**
   * What to count the fallback under: the field no read model describes ({@code Type.field}), or
   * {@code other} (a bounded set of values, for a metric's tag).
   */
  String metricReason() {
    return FIELD.matcher(getMessage()).matches() ? getMessage() : "other";
  }
}
