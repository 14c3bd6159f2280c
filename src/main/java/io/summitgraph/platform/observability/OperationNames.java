package io.summitgraph.platform.observability;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Operation names as metric label values, bounded: the first {@code capacity} distinct names keep
 * their own value, any later one is {@value #OTHER}. Names come from clients, so without a bound a
 * client could create a new time series with every request.
 */
final class OperationNames {

  /** An operation without a name. */
  static final String ANONYMOUS = "_anonymous";

  /** A name past the capacity, or too long to be a label. */
  static final String OTHER = "_other";

  /** A request that executed no operation (unparseable, invalid or refused before it ran). */
  static final String NONE = "_none";

  private static final int LONGEST = 64;

  private final int capacity;
  private final Set<String> known = ConcurrentHashMap.newKeySet();

  OperationNames(int capacity) {
    this.capacity = capacity;
  }

  String label(String name) {
    if (name == null || name.isEmpty()) {
      return ANONYMOUS;
    }
    if (name.length() > LONGEST) {
      return OTHER;
    }
    if (known.contains(name)) {
      return name;
    }
    synchronized (known) {
      if (known.size() < capacity) {
        known.add(name);
        return name;
      }
    }
    return known.contains(name) ? name : OTHER;
  }
}
