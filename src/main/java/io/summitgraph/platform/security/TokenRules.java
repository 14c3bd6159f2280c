package io.summitgraph.platform.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * What a curator token must be beyond a valid signature, issuer and audience (which SmallRye JWT
 * checks: {@code mp.jwt.verify.issuer}, {@code mp.jwt.verify.audiences}): issued at a stated time
 * that is not in the future, for no longer than {@link #maxLifetime()}, and naming its curator with
 * a short printable name without markup, since the name is written into the audit trail.
 */
@ConfigMapping(prefix = "summitgraph.tokens")
public interface TokenRules {

  /** The longest a token may be valid for, from its {@code iat} to its {@code exp}. */
  @WithDefault("PT24H")
  Duration maxLifetime();

  /** How far the issuer's clock may be ahead of this service's. */
  @WithDefault("PT1M")
  Duration clockSkew();

  /** The longest curator name ({@code upn}) accepted. */
  @WithDefault("64")
  int nameLength();

  /** Why the token is refused, or empty when it keeps the rules. */
  default Optional<String> violation(JsonWebToken token, Instant now) {
    long issuedAt = token.getIssuedAtTime();
    long expiresAt = token.getExpirationTime();
    if (issuedAt <= 0) {
      return Optional.of("the token states no issue time (iat)");
    }
    if (Instant.ofEpochSecond(issuedAt).isAfter(now.plus(clockSkew()))) {
      return Optional.of("the token is issued in the future");
    }
    if (expiresAt - issuedAt > maxLifetime().toSeconds()) {
      return Optional.of("the token is valid for longer than " + maxLifetime());
    }
    String name = token.getName();
    if (name == null || name.isBlank()) {
      return Optional.of("the token names no curator");
    }
    if (name.length() > nameLength()) {
      return Optional.of("the curator name is longer than " + nameLength() + " characters");
    }
    if (!name.codePoints().allMatch(TokenRules::printable)) {
      return Optional.of("the curator name holds characters that are not printable");
    }
    return Optional.empty();
  }

  private static boolean printable(int codePoint) {
    return !Character.isISOControl(codePoint)
        && Character.getType(codePoint) != Character.FORMAT
        && Character.getType(codePoint) != Character.LINE_SEPARATOR
        && Character.getType(codePoint) != Character.PARAGRAPH_SEPARATOR
        && Character.getType(codePoint) != Character.UNASSIGNED
        && Character.getType(codePoint) != Character.PRIVATE_USE
        && Character.getType(codePoint) != Character.SURROGATE
        && codePoint != '<'
        && codePoint != '>';
  }
}
