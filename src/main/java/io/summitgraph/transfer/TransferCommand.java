package io.summitgraph.transfer;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar quarkus-run.jar export --out kb.json [--source <Source ID>]} and {@code import
 * --in kb.json}: the command-line side of {@link TransferService}. {@code SummitGraph} starts the
 * database and Quarkus (without serving on the service's port) and hands over to {@link #execute}.
 */
public final class TransferCommand {

  public static final Set<String> COMMANDS = Set.of("export", "import");

  static final String USAGE =
      """
      Usage: export --out <file> [--source <Source ID>]
             import --in <file>
      export writes the knowledge base (or what one source supports) as JSON (docs/export-format.md);
      import reads such a file into the database in one transaction, or reports every problem and
      writes nothing. Both use the configured database, or the embedded one.""";

  private TransferCommand() {}

  /**
   * Checks the arguments before anything starts.
   *
   * @return an error message, or null when they are usable
   */
  public static String check(String command, String... args) {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      return e.getMessage() + "\n" + USAGE;
    }
    if (command.equals("export")) {
      if (options.get("out") == null
          || !options.keySet().stream().allMatch(Set.of("out", "source")::contains)) {
        return USAGE;
      }
      return null;
    }
    if (command.equals("import")) {
      if (options.get("in") == null || options.size() != 1) {
        return USAGE;
      }
      Path in = Path.of(options.get("in"));
      return Files.isReadable(in) ? null : "Cannot read " + in.toAbsolutePath();
    }
    return USAGE;
  }

  /** Runs a checked command; returns the process exit code (0 done, 1 refused, 2 usage). */
  public static int execute(
      TransferService service, PrintStream out, PrintStream err, String command, String... args) {
    String problem = check(command, args);
    if (problem != null) {
      err.println(problem);
      return 2;
    }
    Map<String, String> options = options(args);
    try {
      if (command.equals("export")) {
        byte[] file;
        try {
          file = service.export(options.get("source"));
        } catch (IllegalArgumentException e) {
          err.println(e.getMessage());
          return 1;
        }
        Path target = Path.of(options.get("out")).toAbsolutePath();
        // Written beside the target, then moved over it: a failed export leaves no half file.
        Path temporary = target.resolveSibling(target.getFileName() + ".part");
        Files.write(temporary, file);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
        out.printf("Exported %d bytes to %s%n", file.length, target);
        return 0;
      }
      ImportResult result = service.importFile(Files.readAllBytes(Path.of(options.get("in"))));
      if (!result.succeeded()) {
        err.printf("Nothing imported: %d problem(s)%n", result.problems().size());
        result.problems().forEach(p -> err.println("  " + p));
        return 1;
      }
      out.printf(
          "Imported: %d record(s) inserted, %d updated, the rest already as in the file%n",
          result.insertedTotal(), result.updatedTotal());
      return 0;
    } catch (IOException e) {
      err.println("Cannot read or write the file: " + e.getMessage());
      return 1;
    } catch (java.sql.SQLException e) {
      err.println("The database failed: " + e.getMessage());
      return 1;
    }
  }

  private static Map<String, String> options(String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unexpected arguments: " + String.join(" ", args));
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
