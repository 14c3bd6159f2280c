package io.summitgraph.common.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** Every {@link NodeLoader}, by the GraphQL type it serves: loads nodes of any type by key. */
@ApplicationScoped
public class NodeRegistry {

  private final Map<String, NodeLoader> loaders = new HashMap<>();

  @Inject
  NodeRegistry(Instance<NodeLoader> loaders) {
    loaders.forEach(loader -> this.loaders.put(loader.nodeType(), loader));
  }

  /** The nodes of this type with these keys, by key; empty for an unknown type. One query. */
  public Map<Long, ? extends Node> load(String type, Collection<Long> keys) {
    NodeLoader loader = loaders.get(type);
    return loader == null || keys.isEmpty() ? Map.of() : loader.loadNodes(keys);
  }
}
