package io.summitgraph.platform.documents;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Persisted and trusted documents ({@code summitgraph.documents.*}; README "Persisted queries").
 */
@ConfigMapping(prefix = "summitgraph.documents")
public interface DocumentsConfig {

  /**
   * Automatic persisted queries (Apollo's protocol): a client may register a document by its
   * SHA-256 and then send the hash alone.
   */
  @WithDefault("true")
  boolean apq();

  /**
   * How many documents registered by automatic persisted queries the store keeps (the oldest go
   * first); trusted documents are not counted and never evicted.
   */
  @WithDefault("5000")
  int apqMaxEntries();

  /**
   * Registered operations only: an anonymous caller may run trusted documents only (by {@code
   * documentId}, by hash, or by a query text whose hash is trusted) and registers nothing. Callers
   * with a valid bearer token are not restricted.
   */
  @WithDefault("false")
  boolean registeredOnly();
}
