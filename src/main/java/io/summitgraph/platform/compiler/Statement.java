package io.summitgraph.platform.compiler;

import java.util.Map;

/**
 * The one SQL statement a root field compiles to: it returns the field's value as JSON text.
 *
 * @param sql the statement, with named parameters
 */
record Statement(String responseKey, String sql, Map<String, Object> parameters) {}
