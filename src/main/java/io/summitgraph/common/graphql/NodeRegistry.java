package io.summitgraph.common.graphql;

import io.summitgraph.common.persistence.FactRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/** Every {@link NodeLoader}, by the GraphQL type it serves: loads nodes of any type by key. */
@ApplicationScoped
public class NodeRegistry {

  private final Map<String, NodeLoader> loaders = new HashMap<>();
  private final FactRegistry facts;

  @Inject
  NodeRegistry(Instance<NodeLoader> loaders, FactRegistry facts) {
    loaders.forEach(loader -> this.loaders.put(loader.nodeType(), loader));
    this.facts = facts;
  }

  /** Whether objects of this GraphQL type can be fetched by ID. */
  public boolean serves(String type) {
    return loaders.containsKey(type);
  }

  /**
   * The nodes of this type with these keys, by key; empty for an unknown type. The key of a merged
   * record maps to the record that absorbed it. One query, plus one for redirects when a key is
   * missing.
   */
  public Map<Long, ? extends Node> load(String type, Collection<Long> keys) {
    NodeLoader loader = loaders.get(type);
    if (loader == null || keys.isEmpty()) {
      return Map.of();
    }
    Map<Long, ? extends Node> found = loader.loadNodes(keys);
    List<Long> missing = keys.stream().filter(key -> !found.containsKey(key)).toList();
    if (missing.isEmpty()) {
      return found;
    }
    Map<Long, Long> survivors = facts.survivors(missing, FactRegistry.kindOf(type));
    if (survivors.isEmpty()) {
      return found;
    }
    Map<Long, ? extends Node> absorbing = loader.loadNodes(new HashSet<>(survivors.values()));
    Map<Long, Node> all = new HashMap<>(found);
    survivors.forEach(
        (old, survivor) -> {
          Node node = absorbing.get(survivor);
          if (node != null) {
            all.put(old, node);
          }
        });
    return all;
  }
}
