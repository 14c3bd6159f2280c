package io.summitgraph.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.summitgraph.platform.security.TokenCommand;
import java.util.Arrays;

/**
 * The packaged application's entry point. With no arguments it serves the API (starting the
 * embedded PostgreSQL when no external database is configured); a first argument names a command
 * instead (README, "Command line").
 */
@QuarkusMain
public class SummitGraphMain {

  public static void main(String... args) {
    String command = args.length == 0 ? "serve" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "serve" -> serve(rest);
      case "token" -> System.exit(TokenCommand.run(rest));
      default -> {
        System.err.println("Unknown command " + command + "; commands: serve (default), token");
        System.exit(2);
      }
    }
  }

  private static void serve(String... args) {
    EmbeddedDatabase.startUnlessConfigured();
    try {
      Quarkus.run(args);
    } finally {
      EmbeddedDatabase.stopRunning();
    }
  }
}
