package io.summitgraph.platform.compiler;

/**
 * Thrown while compiling an operation the compiled read path does not serve (yet): the operation
 * runs on the resolvers instead. Never reaches a client.
 */
final class NotCompiled extends RuntimeException {

  NotCompiled(String reason) {
    super(reason, null, false, false);
  }
}
