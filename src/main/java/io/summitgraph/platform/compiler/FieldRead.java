package io.summitgraph.platform.compiler;

import java.util.Map;
import java.util.function.Function;

/**
 * How the compiled read path reads one GraphQL field of a row. Expressions are SQL over the row,
 * {@value #ROW} standing for the row's alias, which the compiler chooses.
 */
public sealed interface FieldRead {

  String ROW = "{row}";

  /**
   * The GraphQL name of the row's type, as a SQL string: for fields every type of an interface
   * shares.
   */
  String TYPE = "{type}";

  /** A value computed from the row's columns, e.g. {@code {row}.name}. */
  record Value(String expression) implements FieldRead {}

  /**
   * An object held in the row's own columns (a {@code PartialDate}): its fields read the same row;
   * null when {@code nullWhen} holds.
   */
  record Embedded(String nullWhen, Map<String, FieldRead> fields) implements FieldRead {}

  /** The row of another type whose ID the row holds, e.g. {@code {row}.country_id}; may be null. */
  record ToOne(String type, String key) implements FieldRead {}

  /**
   * The row of one of several types (the field's type is an interface or a union), whose GraphQL
   * type name {@code type} and ID {@code key} the row holds, e.g. a citation's fact.
   */
  record OneOf(String type, String key) implements FieldRead {}

  /** A list of rows under the row, whole. */
  record Listed(ListRead list) implements FieldRead {}

  /**
   * A list of rows of several types (the items' type is an interface or a union), whole: each row
   * of {@code list} (its {@code type} naming nothing) holds its item's GraphQL type name, SQL
   * {@code type} over {@value #ROW}, and its ID, SQL {@code key}, e.g. the parties of a link table.
   */
  record ListedOneOf(ListRead list, String type, String key) implements FieldRead {}

  /**
   * A list of rows under the row, whole, as the field's arguments ask (e.g. only relations of some
   * kinds): the read takes each argument through {@link Arguments}.
   */
  record ListedBy(Function<Arguments, ListRead> list) implements FieldRead {}

  /** A connection: a page of rows under the row. */
  record Paged(PagedRead page) implements FieldRead {}
}
