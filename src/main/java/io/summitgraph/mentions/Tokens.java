package io.summitgraph.mentions;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits a text into word tokens folded the way the database's name key ({@code sg_key}) folds
 * names: diacritics dropped, case ignored, and every character that is not a letter or digit
 * (spaces, hyphens of any kind, punctuation) a separator. Each token keeps where it stands in the
 * original text, in Unicode code points (the unit PostgreSQL counts offsets in), so a match found
 * on the folded tokens maps straight back to the original words.
 */
final class Tokens {

  /** One word of the text: its folded forms and its code-point span in the original text. */
  record Token(String folded, String cased, int start, int end, int startChar, int endChar) {}

  private Tokens() {}

  static List<Token> of(String text) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder cased = new StringBuilder();
    int tokenStart = -1;
    int tokenStartChar = -1;
    int codePoint = 0;
    int i = 0;
    while (i < text.length()) {
      int c = text.codePointAt(i);
      int width = Character.charCount(c);
      String folded = fold(c);
      if (folded == null) {
        // A combining accent: part of the word it follows, dropped like every diacritic.
        i += width;
        codePoint++;
        continue;
      }
      if (folded.isEmpty()) {
        if (tokenStart >= 0) {
          tokens.add(token(cased, tokenStart, codePoint, tokenStartChar, i));
          cased.setLength(0);
          tokenStart = -1;
        }
      } else {
        if (tokenStart < 0) {
          tokenStart = codePoint;
          tokenStartChar = i;
        }
        cased.append(folded);
      }
      i += width;
      codePoint++;
    }
    if (tokenStart >= 0) {
      tokens.add(token(cased, tokenStart, codePoint, tokenStartChar, text.length()));
    }
    return tokens;
  }

  private static Token token(StringBuilder cased, int start, int end, int startChar, int endChar) {
    String value = cased.toString();
    return new Token(
        value.toLowerCase(java.util.Locale.ROOT), value, start, end, startChar, endChar);
  }

  /**
   * A character without its diacritics; empty when it separates words; null for a combining mark (a
   * decomposed accent), which belongs to the letter before it and is dropped.
   */
  static String fold(int codePoint) {
    int type = Character.getType(codePoint);
    if (type == Character.NON_SPACING_MARK
        || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK) {
      return null;
    }
    if (!Character.isLetterOrDigit(codePoint)) {
      return "";
    }
    if (codePoint < 0x80) {
      return Character.toString(codePoint);
    }
    String decomposed = Normalizer.normalize(Character.toString(codePoint), Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder();
    decomposed.codePoints().filter(Character::isLetterOrDigit).forEach(kept::appendCodePoint);
    return switch (kept.toString()) {
      case "ß" -> "ss";
      case "Æ" -> "AE";
      case "æ" -> "ae";
      case "Ø" -> "O";
      case "ø" -> "o";
      case "Đ" -> "D";
      case "đ" -> "d";
      case "Ł" -> "L";
      case "ł" -> "l";
      default -> kept.toString();
    };
  }
}
