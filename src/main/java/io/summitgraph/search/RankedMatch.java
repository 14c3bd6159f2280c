package io.summitgraph.search;

/** A matching row of a search, in rank order: its kind, key and rank. */
record RankedMatch(SearchKind kind, long key, float rank) {

  /** Whether this match comes after the keyset position (rank descending, then key). */
  boolean after(float afterRank, long afterKey) {
    return rank < afterRank || rank == afterRank && key > afterKey;
  }
}
