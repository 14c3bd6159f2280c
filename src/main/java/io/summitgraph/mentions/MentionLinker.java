package io.summitgraph.mentions;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the known names in a text. The text is tokenized once; at each word, the longest run of
 * words whose key is a known name wins, and matching resumes after it, so mentions never overlap.
 * Words of one name may be separated only by spaces, hyphens or dashes, apostrophes or full stops
 * ("Kim Jong-Un", "U.S."), never by a line break or other punctuation.
 */
final class MentionLinker {

  /** A matched span of the text (code points, end exclusive) and every subject it names. */
  record Match(int start, int end, String text, List<MentionSubjectKey> subjects) {}

  private static final int MAX_GAP = 3;

  private MentionLinker() {}

  static List<Match> link(String text, NameDictionary dictionary) {
    List<Match> matches = new ArrayList<>();
    if (dictionary.isEmpty()) {
      return matches;
    }
    List<Tokens.Token> tokens = Tokens.of(text);
    int i = 0;
    while (i < tokens.size()) {
      Match match = longestAt(text, tokens, i, dictionary);
      if (match == null) {
        i++;
      } else {
        matches.add(match);
        int end = match.end();
        while (i < tokens.size() && tokens.get(i).start() < end) {
          i++;
        }
      }
    }
    return matches;
  }

  private static Match longestAt(
      String text, List<Tokens.Token> tokens, int first, NameDictionary dictionary) {
    int last = first;
    int limit = Math.min(tokens.size(), first + dictionary.longestName());
    while (last + 1 < limit && joinable(text, tokens.get(last), tokens.get(last + 1))) {
      last++;
    }
    for (int end = last; end >= first; end--) {
      List<Tokens.Token> run = tokens.subList(first, end + 1);
      String key = NameDictionary.key(run);
      List<MentionSubjectKey> subjects = dictionary.lookup(key);
      if (!subjects.isEmpty()) {
        Tokens.Token from = run.get(0);
        Tokens.Token to = run.get(run.size() - 1);
        int endCode = to.end();
        int endChar = to.endChar();
        if (dictionary.endsWithPeriod(key)
            && endChar < text.length()
            && text.charAt(endChar) == '.') {
          endCode++;
          endChar++;
        }
        return new Match(
            from.start(), endCode, text.substring(from.startChar(), endChar), subjects);
      }
    }
    return null;
  }

  /** Whether two neighbouring words may belong to one name. */
  private static boolean joinable(String text, Tokens.Token left, Tokens.Token right) {
    String gap = text.substring(left.endChar(), right.startChar());
    if (gap.codePointCount(0, gap.length()) > MAX_GAP) {
      return false;
    }
    return gap.codePoints()
        .allMatch(
            c ->
                c == ' '
                    || c == '\u00A0'
                    || c == '\t'
                    || c == '.'
                    || c == '\''
                    || c == '’'
                    || Character.getType(c) == Character.DASH_PUNCTUATION);
  }
}
