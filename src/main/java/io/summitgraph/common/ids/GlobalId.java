package io.summitgraph.common.ids;

import io.summitgraph.common.errors.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The opaque global ID of a node: its GraphQL type name and its key, encoded so that clients
 * neither see nor build database keys. {@code Person:1042} becomes {@code UGVyc29uOjEwNDI}.
 */
public record GlobalId(String type, long key) {

  private static final Pattern DECODED =
      Pattern.compile("([A-Z][A-Za-z]{0,63}):([1-9][0-9]{0,18})");
  private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

  public static String encode(String type, long key) {
    return ENCODER.encodeToString((type + ":" + key).getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Decodes an ID.
   *
   * @throws BadUserInputException when it is not an ID this service issued
   */
  public static GlobalId decode(String id) {
    return tryDecode(id)
        .orElseThrow(() -> new BadUserInputException("Malformed ID: " + shorten(id)));
  }

  /** Decodes an ID that must name a node of the given type, as filter arguments do. */
  public static long keyOf(String id, String expectedType) {
    GlobalId decoded = decode(id);
    if (!decoded.type.equals(expectedType)) {
      throw new BadUserInputException(
          "ID " + shorten(id) + " is of type " + decoded.type + ", expected type " + expectedType);
    }
    return decoded.key;
  }

  /** {@link #keyOf} for an optional argument: null when no ID is given. */
  public static Long keyOfOptional(String id, String expectedType) {
    return id == null ? null : keyOf(id, expectedType);
  }

  public static Optional<GlobalId> tryDecode(String id) {
    if (id == null || id.isEmpty() || id.length() > 120) {
      return Optional.empty();
    }
    try {
      var matcher = DECODED.matcher(new String(DECODER.decode(id), StandardCharsets.US_ASCII));
      if (!matcher.matches()) {
        return Optional.empty();
      }
      return Optional.of(new GlobalId(matcher.group(1), Long.parseLong(matcher.group(2))));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  public String encoded() {
    return encode(type, key);
  }

  private static String shorten(String id) {
    if (id == null) {
      return "null";
    }
    return '"' + (id.length() > 40 ? id.substring(0, 40) + "…" : id) + '"';
  }
}
