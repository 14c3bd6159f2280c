package io.summitgraph.common.graphql;

import java.util.Collection;
import java.util.Map;

/**
 * Loads nodes of one GraphQL type by key, so {@code node(id:)} can fetch any type. One per node
 * type.
 */
public interface NodeLoader {

  /** The GraphQL type name this loader serves, as encoded in global IDs. */
  String nodeType();

  /** The nodes with these keys, by key; unknown keys are absent. One query for all of them. */
  Map<Long, ? extends Node> loadNodes(Collection<Long> keys);
}
