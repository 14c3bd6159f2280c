package io.summitgraph.common.paging;

/**
 * The descriptions of the paging arguments ({@code first}, {@code after}, {@code last}, {@code
 * before}) that connections share, so that they read the same everywhere in the schema.
 */
public final class PagingArguments {

  public static final String FIRST = "Page size (default 20, at most 100).";
  public static final String AFTER = "Return items after this cursor.";
  public static final String LAST =
      "Page size from the end, paging backward (at most 100); not with first.";
  public static final String BEFORE = "Return items before this cursor.";

  private PagingArguments() {}
}
