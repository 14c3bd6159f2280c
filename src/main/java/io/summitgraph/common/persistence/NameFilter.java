package io.summitgraph.common.persistence;

/**
 * Every name filter's SQL condition: {@code sg_names_match} (V6, V40) decides, after one condition
 * per word of the wanted text that indexes answer (V61): the word's key is part of a name's key
 * (trigram index on {@code sg_names_keys}), or its stems are in the stored search document (V60).
 * Each is necessary for {@code sg_names_match}, so the results are the same; only rows that can
 * match are compared.
 */
public final class NameFilter {

  /** Words with an index condition; further ones are left to sg_names_match alone. */
  private static final int MAX_WORDS = 8;

  private NameFilter() {}

  /**
   * The condition that a name or alias matches the text bound to {@code :parameter}.
   *
   * @param alias the table's alias with its dot, e.g. {@code "p."}
   * @param hasAliases whether the table has an {@code aliases} column
   * @param wanted the text that will be bound (it only decides how many words get an index
   *     condition: PostgreSQL splits it into words itself)
   */
  public static String matches(String alias, boolean hasAliases, String parameter, String wanted) {
    String aliases = hasAliases ? alias + "aliases" : "cast(null as text[])";
    String keys = "sg_names_keys(" + alias + "name, " + aliases + ")";
    StringBuilder sql = new StringBuilder("(");
    for (int i = 1; i <= words(wanted); i++) {
      String word = "(:" + parameter + ", " + i + ")";
      sql.append("(")
          .append(keys)
          .append(" like sg_name_word_pattern")
          .append(word)
          .append(" or ")
          .append(alias)
          .append("search_document @@ sg_name_word_stems")
          .append(word)
          .append(" or sg_name_word_free")
          .append(word)
          .append(") and ");
    }
    return sql.append("sg_names_match(")
        .append(alias)
        .append("name, ")
        .append(hasAliases ? aliases : "cast('{}' as text[])")
        .append(", :")
        .append(parameter)
        .append("))")
        .toString();
  }

  /**
   * How many words to give an index condition: the runs of non-space characters, plus one for a
   * leading space (PostgreSQL's split then starts with an empty word). Checking fewer words than
   * PostgreSQL finds only narrows less; an index past its last word places no condition.
   */
  private static int words(String wanted) {
    String[] runs = wanted.trim().split("\\s+");
    int count = runs.length + (wanted.isEmpty() || wanted.charAt(0) > ' ' ? 0 : 1);
    return Math.min(count, MAX_WORDS);
  }
}
