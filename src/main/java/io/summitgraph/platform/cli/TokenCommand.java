package io.summitgraph.platform.cli;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code java -jar quarkus-run.jar token --key private.pem --name alice [--ttl PT8H] [--role
 * curator] [--issuer summitgraph] [--audience summitgraph]}: prints a signed bearer token for a
 * curator. Runs without starting the service or its database.
 */
public final class TokenCommand {

  static final String USAGE =
      """
      Usage: token --key <private key PEM file> --name <curator name>
                   [--role curator] [--ttl PT8H] [--issuer summitgraph] [--audience summitgraph]
      Prints a JWT signed with the key (RS256). The service accepts it when it is started with the
      matching public key (MP_JWT_VERIFY_PUBLICKEY_LOCATION), issuer (MP_JWT_VERIFY_ISSUER) and
      audience (MP_JWT_VERIFY_AUDIENCES), and --ttl within its maximum lifetime (24 hours).""";

  private TokenCommand() {}

  /** Returns the process exit code. */
  public static int run(String... args) {
    Map<String, String> options;
    try {
      options = options(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      return 2;
    }
    String key = options.get("key");
    String name = options.get("name");
    if (key == null || name == null || name.isBlank()) {
      System.err.println(USAGE);
      return 2;
    }
    Path keyFile = Path.of(key).toAbsolutePath();
    if (!Files.isReadable(keyFile)) {
      System.err.println("Cannot read the private key " + keyFile);
      return 2;
    }
    Duration ttl;
    try {
      ttl = Duration.parse(options.getOrDefault("ttl", "PT8H"));
    } catch (DateTimeParseException e) {
      System.err.println("--ttl takes an ISO-8601 duration such as PT8H or PT30M");
      return 2;
    }
    String token =
        Jwt.issuer(options.getOrDefault("issuer", "summitgraph"))
            .audience(options.getOrDefault("audience", "summitgraph"))
            .issuedAt(Instant.now())
            .upn(name)
            .groups(Set.of(options.getOrDefault("role", "curator")))
            .expiresIn(ttl)
            .sign(keyFile.toUri().toString());
    System.out.println(token);
    return 0;
  }

  private static Map<String, String> options(String... args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      if (!args[i].startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("Unexpected arguments: " + Arrays.toString(args));
      }
      options.put(args[i].substring(2), args[i + 1]);
    }
    return options;
  }
}
