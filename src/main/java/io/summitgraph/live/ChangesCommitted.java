package io.summitgraph.live;

/**
 * A CDI event, fired on the change listener's thread whenever changes committed by any instance
 * reached this one, or when changes may have been missed (the listener lost its connection). For
 * what this instance keeps derived from the data: its observers must be quick.
 */
public record ChangesCommitted(boolean mayHaveMissedSome) {}
