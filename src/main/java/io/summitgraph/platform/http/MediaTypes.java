package io.summitgraph.platform.http;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Request media types read as HTTP defines them (RFC 9110 §8.3): case-insensitive type and subtype,
 * parameters after {@code ;}, and a header that arrives as a comma-separated list when a client
 * sets it twice. GraphiQL in a browser sends {@code application/json, application/json} (its page
 * sets the header and its fetcher adds it again); that is one type, said twice.
 */
final class MediaTypes {

  private MediaTypes() {}

  /**
   * Whether a request's {@code Content-Type} says JSON: every value listed is {@code
   * application/json} (with no charset but UTF-8). Anything else (a form, {@code text/plain}, a
   * list mixing JSON with another type) is not, so a cross-site form or simple request never runs
   * an operation.
   */
  static boolean isJson(String contentType) {
    if (contentType == null || contentType.isBlank()) {
      return false;
    }
    List<String> values = splitOutsideQuotes(contentType, ',');
    for (String value : values) {
      List<String> parts = splitOutsideQuotes(value, ';');
      if (!parts.get(0).trim().toLowerCase(Locale.ROOT).equals(HttpProtocol.JSON)) {
        return false;
      }
      for (String parameter : parts.subList(1, parts.size())) {
        int eq = parameter.indexOf('=');
        if (eq < 0) {
          continue;
        }
        String name = parameter.substring(0, eq).trim();
        String charset = parameter.substring(eq + 1).trim().replace("\"", "");
        if (name.equalsIgnoreCase("charset") && !charset.equalsIgnoreCase("utf-8")) {
          return false;
        }
      }
    }
    return !values.isEmpty();
  }

  /** Splits at {@code separator} where it is not inside a quoted string. */
  private static List<String> splitOutsideQuotes(String text, char separator) {
    List<String> parts = new ArrayList<>();
    boolean quoted = false;
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (c == '\\' && quoted) {
        i++;
      } else if (c == separator && !quoted) {
        parts.add(text.substring(start, i));
        start = i + 1;
      }
    }
    parts.add(text.substring(start));
    parts.removeIf(p -> p.isBlank());
    return parts;
  }
}
