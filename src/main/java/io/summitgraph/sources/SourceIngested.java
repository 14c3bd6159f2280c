package io.summitgraph.sources;

/**
 * Fired (synchronously, inside the ingesting transaction) when a new source was stored, so that
 * features above {@code sources} can add what they derive from its text (mentions link the names it
 * contains) without the ingestion knowing them.
 */
public record SourceIngested(long sourceKey) {}
