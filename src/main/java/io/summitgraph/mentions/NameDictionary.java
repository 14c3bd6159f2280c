package io.summitgraph.mentions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every name and alias of the known people, organizations, countries and locations, by matching
 * key: the name's folded tokens run together ("Kim Jong-Un", "KIM JONG‑UN" and "kim jong un" all
 * give {@code kimjongun}). Built once per linking run, so matching a text costs a few map lookups
 * per word, however many names there are.
 *
 * <p>Very short names ("U.S.", "CNN") would also match ordinary words once case is ignored ("us"),
 * so names whose key has at most {@value #CASE_SENSITIVE_UP_TO} characters match only with their
 * letters' case as written.
 */
public final class NameDictionary {

  static final int CASE_SENSITIVE_UP_TO = 3;

  private final Map<String, Set<MentionSubjectKey>> byKey = new HashMap<>();
  private final Set<String> keysEndingWithPeriod = new java.util.HashSet<>();
  private int longestName;

  void add(MentionSubjectKey subject, String name) {
    if (name == null) {
      return;
    }
    List<Tokens.Token> tokens = Tokens.of(name);
    if (tokens.isEmpty()) {
      return;
    }
    String key = key(tokens);
    byKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(subject);
    if (name.strip().endsWith(".")) {
      keysEndingWithPeriod.add(key);
    }
    longestName = Math.max(longestName, tokens.size());
  }

  void add(MentionSubjectKey subject, String name, Collection<String> aliases) {
    add(subject, name);
    if (aliases != null) {
      aliases.forEach(alias -> add(subject, alias));
    }
  }

  /** The matching key of a run of tokens. */
  static String key(List<Tokens.Token> tokens) {
    StringBuilder folded = new StringBuilder();
    StringBuilder cased = new StringBuilder();
    for (Tokens.Token token : tokens) {
      folded.append(token.folded());
      cased.append(token.cased());
    }
    return folded.length() <= CASE_SENSITIVE_UP_TO ? "=" + cased : folded.toString();
  }

  /** The subjects named by this key, empty when none. */
  List<MentionSubjectKey> lookup(String key) {
    Set<MentionSubjectKey> subjects = byKey.get(key);
    return subjects == null ? List.of() : new ArrayList<>(subjects);
  }

  boolean endsWithPeriod(String key) {
    return keysEndingWithPeriod.contains(key);
  }

  /** The most words any name has: no match can be longer. */
  int longestName() {
    return longestName;
  }

  boolean isEmpty() {
    return byKey.isEmpty();
  }
}
