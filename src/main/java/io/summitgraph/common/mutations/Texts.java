package io.summitgraph.common.mutations;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Text fields of mutation inputs: required ones must say something; lists lose blanks and repeats.
 */
public final class Texts {

  private Texts() {}

  /** The trimmed text; records an INVALID problem and returns null when missing or blank. */
  public static String required(Problems problems, String value, String... field) {
    if (value == null || value.isBlank()) {
      problems.add(UserErrorCode.INVALID, "This must not be empty.", field);
      return null;
    }
    return value.strip();
  }

  /** The trimmed text, or null when null or blank. */
  public static String optional(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  /** Trimmed names without blanks or repeats, in order; none for null. */
  public static String[] names(List<String> values) {
    Set<String> names = new LinkedHashSet<>();
    if (values != null) {
      values.stream().map(Texts::optional).filter(v -> v != null).forEach(names::add);
    }
    return names.toArray(String[]::new);
  }

  /** The survivor's aliases plus the merged record's name and aliases, never its own name. */
  public static String[] mergedAliases(
      String survivorName, String[] survivorAliases, String mergedName, String[] mergedAliases) {
    Set<String> names = new LinkedHashSet<>(List.of(survivorAliases));
    names.add(mergedName);
    names.addAll(List.of(mergedAliases));
    names.remove(survivorName);
    return names.toArray(String[]::new);
  }
}
