package io.summitgraph.search;

/**
 * A matching row: its node type and key, its rank, and the passage that matched with the terms
 * marked.
 */
record SearchHit(String nodeType, long key, float rank, String snippet) {}
