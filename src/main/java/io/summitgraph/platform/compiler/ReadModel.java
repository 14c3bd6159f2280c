package io.summitgraph.platform.compiler;

import java.util.List;
import java.util.Map;

/**
 * What a feature contributes to the compiled read path (a CDI bean in the feature's package): how
 * its types read from their tables, and the root query fields it serves.
 */
public interface ReadModel {

  List<TypeReads> types();

  /** Root connection fields of {@code Query}, by name. */
  default Map<String, PagedRead> roots() {
    return Map.of();
  }

  /** Root connection fields of {@code Query} whose page is chosen in Java, by name. */
  default Map<String, PreparedRead> preparedRoots() {
    return Map.of();
  }
}
