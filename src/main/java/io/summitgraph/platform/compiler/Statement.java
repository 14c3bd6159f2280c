package io.summitgraph.platform.compiler;

import io.summitgraph.common.errors.ApiException;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The one SQL statement a root field compiles to: it returns the field's value as JSON text.
 *
 * @param sql the statement, with named parameters; null for {@code __typename} and for a rejected
 *     field
 * @param prepared the parameters only known on the worker, just before the statement runs (a page
 *     chosen in Java, {@link PreparedRead}), or null
 * @param rejection the bad input in the field's own arguments, or null: the field answers null with
 *     this error, and runs no statement
 */
record Statement(
    String responseKey,
    String sql,
    Map<String, Object> parameters,
    Supplier<Map<String, Object>> prepared,
    ApiException rejection) {

  Statement(String responseKey, String sql, Map<String, Object> parameters) {
    this(responseKey, sql, parameters, null, null);
  }

  static Statement rejected(String responseKey, ApiException rejection) {
    return new Statement(responseKey, null, Map.of(), null, rejection);
  }
}
