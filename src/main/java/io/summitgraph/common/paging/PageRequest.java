package io.summitgraph.common.paging;

import io.summitgraph.common.errors.BadUserInputException;

/**
 * Which slice of an ordered list a client asks for: {@code first} items after a cursor, or {@code
 * last} items before one. Sizes default to {@value #DEFAULT_SIZE} and may not exceed {@value
 * #MAX_SIZE}. The total is counted only when the client selected it.
 */
public record PageRequest(
    int size, Cursor after, Cursor before, boolean backward, boolean countTotal) {

  public static final int DEFAULT_SIZE = 20;
  public static final int MAX_SIZE = 100;

  /** Forward paging only, as nested connections offer. */
  public static PageRequest forward(Integer first, String after, boolean countTotal) {
    return of(first, after, null, null, countTotal);
  }

  public static PageRequest of(
      Integer first, String after, Integer last, String before, boolean countTotal) {
    if (first != null && last != null) {
      throw new BadUserInputException("Pass either first or last, not both");
    }
    boolean backward = last != null || (first == null && before != null && after == null);
    int size = checkedSize(backward ? last : first, backward ? "last" : "first");
    return new PageRequest(
        size, Cursor.decodeNullable(after), Cursor.decodeNullable(before), backward, countTotal);
  }

  private static int checkedSize(Integer requested, String argument) {
    if (requested == null) {
      return DEFAULT_SIZE;
    }
    if (requested < 0 || requested > MAX_SIZE) {
      throw new BadUserInputException(
          "Argument " + argument + " must be between 0 and " + MAX_SIZE + ", was " + requested);
    }
    return requested;
  }
}
