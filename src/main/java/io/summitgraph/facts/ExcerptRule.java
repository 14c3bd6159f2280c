package io.summitgraph.facts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/**
 * What makes an excerpt a meaningful citation, beyond occurring verbatim in its source: enough
 * words to state something ({@link #minLength()}), not only whitespace or punctuation, and a span
 * that starts and ends on word boundaries without splitting a character from its combining marks.
 * The database keeps the same span rule for every write ({@code citation_span}, V30); this check
 * runs first so that a curator gets a precise message.
 */
@ConfigMapping(prefix = "summitgraph.citations")
public interface ExcerptRule {

  /** The fewest characters an excerpt may have, leading and trailing whitespace not counted. */
  @WithDefault("10")
  int minLength();

  /** Why the excerpt cannot be a citation by itself, or empty when its length and content can. */
  default Optional<String> problemWithLength(String excerpt) {
    String words = excerpt.strip();
    if (words.codePoints().noneMatch(Character::isLetterOrDigit)) {
      return Optional.of("The excerpt holds no words.");
    }
    if (words.codePointCount(0, words.length()) < minLength()) {
      return Optional.of(
          "The excerpt is too short to state a fact: at least "
              + minLength()
              + " characters, whole words.");
    }
    return Optional.empty();
  }

  /**
   * The offset of the first place where the excerpt stands in the text as whole words (a letter or
   * digit never adjoins it on a side where it starts or ends with one) and ends before any
   * combining mark; empty when there is none.
   */
  static Optional<Integer> spanIn(String text, String excerpt) {
    if (excerpt.codePoints().noneMatch(Character::isLetterOrDigit)
        || isCombining(excerpt.codePointAt(0))) {
      return Optional.empty();
    }
    int first = excerpt.codePointAt(0);
    int last = excerpt.codePointBefore(excerpt.length());
    for (int at = text.indexOf(excerpt); at >= 0; at = text.indexOf(excerpt, at + 1)) {
      int end = at + excerpt.length();
      boolean splitsAtStart =
          at > 0
              && Character.isLetterOrDigit(text.codePointBefore(at))
              && Character.isLetterOrDigit(first);
      int next = end < text.length() ? text.codePointAt(end) : -1;
      boolean splitsAtEnd =
          next >= 0
              && (isCombining(next)
                  || Character.isLetterOrDigit(next) && Character.isLetterOrDigit(last));
      if (!splitsAtStart && !splitsAtEnd) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  private static boolean isCombining(int codePoint) {
    int type = Character.getType(codePoint);
    return type == Character.NON_SPACING_MARK
        || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || codePoint == 0x200D
        || (codePoint >= 0xFE00 && codePoint <= 0xFE0F)
        || (codePoint >= 0x1F3FB && codePoint <= 0x1F3FF);
  }
}
