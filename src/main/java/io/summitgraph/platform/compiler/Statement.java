package io.summitgraph.platform.compiler;

import java.util.Map;
import java.util.function.Supplier;

/**
 * The one SQL statement a root field compiles to: it returns the field's value as JSON text.
 *
 * @param sql the statement, with named parameters
 * @param prepared the parameters only known on the worker, just before the statement runs (a page
 *     chosen in Java, {@link PreparedRead}), or null
 */
record Statement(
    String responseKey,
    String sql,
    Map<String, Object> parameters,
    Supplier<Map<String, Object>> prepared) {

  Statement(String responseKey, String sql, Map<String, Object> parameters) {
    this(responseKey, sql, parameters, null);
  }
}
