package io.summitgraph;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.summitgraph.platform.cli.TokenCommand;
import io.summitgraph.platform.database.EmbeddedDatabase;
import io.summitgraph.synthetic.GenerateCommand;
import io.summitgraph.transfer.TransferApplication;
import io.summitgraph.transfer.TransferCommand;
import java.util.Arrays;

/**
 * The packaged application's entry point. With no arguments it serves the API (starting the
 * embedded PostgreSQL when no external database is configured); a first argument names a command
 * instead (README, "Command line").
 */
@QuarkusMain
public class SummitGraph {

  public static void main(String... args) {
    String command = args.length == 0 ? "serve" : args[0];
    String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
    switch (command) {
      case "serve" -> serve(rest);
      case "token" -> System.exit(TokenCommand.run(rest));
      case "export", "import" -> System.exit(transfer(args));
      case "generate" -> generate(args);
      default -> {
        System.err.println(
            "Unknown command "
                + command
                + "; commands: serve (default), token, export, import, generate");
        System.exit(2);
      }
    }
  }

  /**
   * Export or import: checks the arguments, then runs Quarkus with the database (embedded unless
   * configured) but without the service's HTTP port (a random local port), and exits.
   */
  private static int transfer(String... args) {
    String problem = TransferCommand.check(args[0], Arrays.copyOfRange(args, 1, args.length));
    if (problem != null) {
      System.err.println(problem);
      return 2;
    }
    System.setProperty("quarkus.http.port", "0");
    System.setProperty("quarkus.http.host", "127.0.0.1");
    // The command's own output is what matters; startup chatter only on warnings.
    if (System.getProperty("quarkus.log.level") == null) {
      System.setProperty("quarkus.log.level", "WARN");
    }
    EmbeddedDatabase.startUnlessConfigured();
    int[] exitCode = {1};
    try {
      Quarkus.run(
          TransferApplication.class,
          (code, failure) -> {
            if (failure != null) {
              System.err.println("Failed: " + failure.getMessage());
            }
            exitCode[0] = code;
          },
          args);
    } finally {
      EmbeddedDatabase.stopRunning();
    }
    return exitCode[0];
  }

  /** Loads the synthetic benchmark dataset ({@code generate <scale>}) and exits. */
  private static void generate(String... args) {
    // A one-shot command: it must not take the service's HTTP port.
    if (EmbeddedDatabase.setting("quarkus.http.port").isEmpty()) {
      System.setProperty("quarkus.http.port", "0");
    }
    EmbeddedDatabase.startUnlessConfigured();
    try {
      Quarkus.run(GenerateCommand.class, args);
    } finally {
      EmbeddedDatabase.stopRunning();
    }
  }

  private static void serve(String... args) {
    EmbeddedDatabase.startUnlessConfigured();
    try {
      Quarkus.run(args);
    } finally {
      EmbeddedDatabase.stopUnlessLiveReloading();
    }
  }
}
