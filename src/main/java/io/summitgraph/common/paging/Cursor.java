package io.summitgraph.common.paging;

import io.summitgraph.common.errors.BadUserInputException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A keyset position: the ordering it belongs to, the sort value of an item and its id (the
 * tie-breaker). Opaque to clients; a cursor from another ordering is refused rather than misread.
 */
public record Cursor(String ordering, String sortValue, long id) {

  private static final String NULL_VALUE = "\u0000";

  public String encode() {
    String raw = ordering + "|" + id + "|" + (sortValue == null ? NULL_VALUE : sortValue);
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(raw.getBytes(StandardCharsets.UTF_8));
  }

  public static Cursor decodeNullable(String encoded) {
    return encoded == null ? null : decode(encoded);
  }

  static Cursor decode(String encoded) {
    try {
      if (encoded.length() > 2048) {
        throw new IllegalArgumentException("too long");
      }
      String raw = new String(Base64.getUrlDecoder().decode(encoded), StandardCharsets.UTF_8);
      String[] parts = raw.split("\\|", 3);
      String value = parts[2].equals(NULL_VALUE) ? null : parts[2];
      return new Cursor(parts[0], value, Long.parseLong(parts[1]));
    } catch (RuntimeException e) {
      throw new BadUserInputException("Malformed cursor");
    }
  }

  public void requireOrdering(String expected) {
    if (!ordering.equals(expected)) {
      throw new BadUserInputException("The cursor belongs to another ordering than " + expected);
    }
  }
}
