package io.summitgraph.platform.compiler;

import java.util.List;
import java.util.Map;

/**
 * A list field (not a connection) the compiled read path serves: the rows of another type under the
 * row, whole and in a fixed order, e.g. an event's follow-ups.
 *
 * @param type the GraphQL type of the items
 * @param from the FROM clause, its item rows under {@code alias}, e.g. {@code event f}
 * @param condition SQL over {@code alias} and the parent row ({@value FieldRead#ROW}), e.g. {@code
 *     f.follow_up_of_id = {row}.id}
 * @param order the ORDER BY over {@code alias}, e.g. {@code f.starts_on, f.id}
 * @param parameters named parameters the condition uses, if any
 */
public record ListRead(
    String type,
    String from,
    String alias,
    String condition,
    String order,
    Map<String, Object> parameters) {

  public static ListRead of(
      String type, String from, String alias, String condition, String order) {
    return new ListRead(type, from, alias, condition, order, Map.of());
  }

  /** The conditions as a list, as listings keep them. */
  List<String> conditions() {
    return List.of(condition);
  }
}
