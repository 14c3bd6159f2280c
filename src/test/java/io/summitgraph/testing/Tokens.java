package io.summitgraph.testing;

import io.smallrye.jwt.build.Jwt;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/**
 * Bearer tokens for tests, signed with the development key the test profile trusts ({@code
 * dev-keys/}), or deliberately wrong ones.
 */
public final class Tokens {

  public static final String CURATOR_NAME = "test-curator";

  private Tokens() {}

  /** A valid token for a curator named {@link #CURATOR_NAME}. */
  public static String curator() {
    return signed(CURATOR_NAME, Set.of("curator"), Instant.now().plus(Duration.ofHours(1)));
  }

  /** A valid token for a curator with another name. */
  public static String curator(String name) {
    return signed(name, Set.of("curator"), Instant.now().plus(Duration.ofHours(1)));
  }

  /** A valid token without the curator role. */
  public static String reader() {
    return signed("test-reader", Set.of("reader"), Instant.now().plus(Duration.ofHours(1)));
  }

  /** A curator token that expired an hour ago. */
  public static String expiredCurator() {
    return Jwt.issuer("summitgraph")
        .audience("summitgraph")
        .upn(CURATOR_NAME)
        .groups(Set.of("curator"))
        .issuedAt(Instant.now().minus(Duration.ofHours(2)))
        .expiresAt(Instant.now().minus(Duration.ofHours(1)))
        .sign(Path.of("dev-keys/private.pem").toAbsolutePath().toUri().toString());
  }

  /** A curator token signed with a key the service does not trust. */
  public static String curatorSignedWithUnknownKey() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      PrivateKey foreign = generator.generateKeyPair().getPrivate();
      return Jwt.issuer("summitgraph")
          .audience("summitgraph")
          .upn(CURATOR_NAME)
          .groups(Set.of("curator"))
          .expiresAt(Instant.now().plus(Duration.ofHours(1)))
          .sign(foreign);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A curator token that names another service as its audience. */
  public static String curatorForAnotherService() {
    return devSigned(
        Jwt.issuer("summitgraph")
            .audience("another-service")
            .upn(CURATOR_NAME)
            .groups(Set.of("curator"))
            .expiresAt(Instant.now().plus(Duration.ofHours(1))));
  }

  /** A curator token valid until the year 2200. */
  public static String curatorForever() {
    return signed(CURATOR_NAME, Set.of("curator"), Instant.parse("2200-01-01T00:00:00Z"));
  }

  /** A curator token issued a year from now. */
  public static String curatorIssuedInTheFuture() {
    Instant issued = Instant.now().plus(Duration.ofDays(365));
    return devSigned(
        Jwt.issuer("summitgraph")
            .audience("summitgraph")
            .upn(CURATOR_NAME)
            .groups(Set.of("curator"))
            .issuedAt(issued)
            .expiresAt(issued.plus(Duration.ofHours(1))));
  }

  /** A curator token whose name is the given text, however long or strange. */
  public static String curatorNamed(String name) {
    return signed(name, Set.of("curator"), Instant.now().plus(Duration.ofHours(1)));
  }

  private static String devSigned(io.smallrye.jwt.build.JwtClaimsBuilder claims) {
    return claims.sign(Path.of("dev-keys/private.pem").toAbsolutePath().toUri().toString());
  }

  private static String signed(String name, Set<String> groups, Instant expiresAt) {
    if (!Files.exists(Path.of("dev-keys/private.pem"))) {
      throw new IllegalStateException("Tests run from the project directory (dev-keys/ missing)");
    }
    return Jwt.issuer("summitgraph")
        .audience("summitgraph")
        .upn(name)
        .groups(groups)
        .expiresAt(expiresAt)
        .sign(Path.of("dev-keys/private.pem").toAbsolutePath().toUri().toString());
  }
}
