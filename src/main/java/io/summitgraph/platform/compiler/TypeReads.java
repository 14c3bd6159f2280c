package io.summitgraph.platform.compiler;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * How the compiled read path reads one GraphQL object type: the table of its rows and a {@link
 * FieldRead} per field. A field missing here makes an operation that selects it run on the
 * resolvers instead.
 */
public final class TypeReads {

  private final String type;
  private final String table;
  private final Map<String, FieldRead> fields = new LinkedHashMap<>();

  private TypeReads(String type, String table) {
    this.type = type;
    this.table = table;
    if (table != null) {
      fields.put("id", new FieldRead.Value(globalId(type, FieldRead.ROW + ".id")));
    }
  }

  /**
   * A type whose rows are in {@code table}, keyed by its {@code id} column; its {@code id} field is
   * the global ID.
   */
  public static TypeReads of(String type, String table) {
    return new TypeReads(type, table);
  }

  /**
   * The row of one of several types: {@code typeExpression} is SQL for its GraphQL type name,
   * {@code keyColumn} holds its ID.
   */
  public TypeReads oneOf(String field, String typeExpression, String keyColumn) {
    return field(field, new FieldRead.OneOf(typeExpression, FieldRead.ROW + "." + keyColumn));
  }

  /**
   * Fields of a type another feature describes: a relation lives with the data that owns it
   * (Event.quotes is read by the quotes feature). {@code type} may name an interface: its fields
   * are then read so on every type implementing it (the {@code Fact} fields).
   */
  public static TypeReads extend(String type) {
    return new TypeReads(type, null);
  }

  public TypeReads column(String field, String column) {
    return field(field, new FieldRead.Value(FieldRead.ROW + "." + column));
  }

  public TypeReads columns(String... fieldsAndColumns) {
    for (int i = 0; i < fieldsAndColumns.length; i += 2) {
      column(fieldsAndColumns[i], fieldsAndColumns[i + 1]);
    }
    return this;
  }

  /** A {@code PartialDate} stored as its first day and its precision. */
  public TypeReads partialDate(String field, String dayColumn, String precisionColumn) {
    return field(field, Expressions.partialDate(dayColumn, precisionColumn));
  }

  public TypeReads toOne(String field, String type, String keyColumn) {
    return field(field, new FieldRead.ToOne(type, FieldRead.ROW + "." + keyColumn));
  }

  public TypeReads list(String field, ListRead list) {
    return field(field, new FieldRead.Listed(list));
  }

  /**
   * A list of rows of several types: each row of {@code list} holds its item's GraphQL type name
   * ({@code typeExpression}, SQL over {@value FieldRead#ROW}) and ID ({@code keyExpression}).
   */
  public TypeReads listOneOf(
      String field, ListRead list, String typeExpression, String keyExpression) {
    return field(field, new FieldRead.ListedOneOf(list, typeExpression, keyExpression));
  }

  /** A list field with arguments: {@code list} reads them and gives the list they ask for. */
  public TypeReads list(String field, Function<Arguments, ListRead> list) {
    return field(field, new FieldRead.ListedBy(list));
  }

  public TypeReads paged(String field, PagedRead page) {
    return field(field, new FieldRead.Paged(page));
  }

  public TypeReads field(String field, FieldRead read) {
    fields.put(field, read);
    return this;
  }

  public String type() {
    return type;
  }

  public String table() {
    return table;
  }

  FieldRead field(String name) {
    return fields.get(name);
  }

  boolean isExtension() {
    return table == null;
  }

  /** Adds an extension's fields; a field described twice is a programming error. */
  void add(TypeReads extension) {
    extension.fields.forEach(
        (name, read) -> {
          if (fields.putIfAbsent(name, read) != null) {
            throw new IllegalStateException("Two read models describe " + type + "." + name);
          }
        });
  }

  /** SQL for the global ID of a row of {@code type} with the key {@code key}. */
  static String globalId(String type, String key) {
    return "sg_base64url('" + type + ":' || " + key + ")";
  }
}
