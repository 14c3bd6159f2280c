package io.summitgraph.platform.documents;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.regex.Pattern;

/** A document's SHA-256 in lowercase hex: the key of persisted and trusted documents. */
public final class DocumentHash {

  private static final Pattern HEX = Pattern.compile("[0-9a-f]{64}");

  private DocumentHash() {}

  public static String of(String document) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(document.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The hash in lowercase, or null when {@code text} is no SHA-256 in hex. */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String hash = text.toLowerCase(Locale.ROOT);
    return HEX.matcher(hash).matches() ? hash : null;
  }
}
