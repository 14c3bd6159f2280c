package io.summitgraph.platform.compiler;

import graphql.Scalars;
import graphql.execution.CoercedVariables;
import graphql.execution.ExecutionContext;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ValuesResolver;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import io.summitgraph.common.errors.ApiException;
import io.summitgraph.common.graphql.NodesGraphQLApi;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.persistence.FactRegistry;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one root field of a query, with everything selected below it, into one SQL statement
 * whose single value is the field's JSON: objects from {@code json_build_object}, pages from a
 * keyset-limited subquery per connection aggregated with {@code json_agg}, cursors and global IDs
 * computed by PostgreSQL. Fragments, {@code @skip}/{@code @include} and merged fields are resolved
 * by graphql-java's own field collector, so the selection is the one its engine would execute.
 *
 * <p>A field no {@link ReadModel} describes throws {@link NotCompiled}, and so does bad input below
 * the root (the resolvers then report it per item, as they always have); bad input in a root
 * field's own arguments throws {@link RejectedArguments}.
 */
final class ReadCompiler {

  /** Named parameters in a listing's SQL; {@code ::} casts are not parameters. */
  private static final Pattern PARAMETER = Pattern.compile("(?<![:\\w]):([A-Za-z_][A-Za-z0-9_]*)");

  /** json_build_object takes at most 100 arguments. */
  private static final int MAX_KEYS = 50;

  private final ReadCatalog catalog;
  private final ExecutionContext execution;
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  /** The parameters bound on the worker, for a root field whose page is chosen in Java; or null. */
  private Supplier<Map<String, Object>> prepared;

  private final FieldCollector collector = new FieldCollector();
  private int aliases;
  private int placeholders;

  ReadCompiler(ReadCatalog catalog, ExecutionContext execution) {
    this.catalog = catalog;
    this.execution = execution;
  }

  /** The statement of a root field of the operation's {@code Query}. */
  Statement root(MergedField field) {
    GraphQLObjectType query = execution.getGraphQLSchema().getQueryType();
    GraphQLFieldDefinition definition = definition(query, field);
    String json;
    if (field.getName().equals("node")) {
      String id = (String) arguments(field, definition).get("id");
      json = node(field, rootArguments(() -> NodesGraphQLApi.decode(List.of(id))).get(0));
    } else if (field.getName().equals("nodes")) {
      @SuppressWarnings("unchecked")
      List<String> ids = (List<String>) arguments(field, definition).get("ids");
      List<String> nodes = new ArrayList<>();
      for (GlobalId id : rootArguments(() -> NodesGraphQLApi.decode(ids))) {
        nodes.add(node(field, id));
      }
      json = "json_build_array(" + String.join(", ", nodes) + ")";
    } else if (catalog.preparedRoot(field.getName()) != null) {
      json = preparedConnection(field, definition, catalog.preparedRoot(field.getName()));
    } else {
      PagedRead root = catalog.root(field.getName());
      if (root == null) {
        throw new NotCompiled(query.getName() + "." + field.getName());
      }
      json = connection(field, definition, root, null);
    }
    String sql = "select cast(" + json + " as text)";
    return new Statement(field.getResultKey(), sql, parameters, usedIn(sql, prepared), null);
  }

  /**
   * The prepared parameters the statement uses: the selection may leave some out (no {@code
   * totalCount}), and a parameter not in the SQL cannot be bound.
   */
  private static Supplier<Map<String, Object>> usedIn(
      String sql, Supplier<Map<String, Object>> prepared) {
    if (prepared == null) {
      return null;
    }
    Set<String> used = new HashSet<>();
    Matcher matcher = PARAMETER.matcher(sql);
    while (matcher.find()) {
      used.add(matcher.group(1));
    }
    return () -> {
      Map<String, Object> values = new LinkedHashMap<>(prepared.get());
      values.keySet().retainAll(used);
      return values;
    };
  }

  /**
   * A connection whose page is chosen in Java on the worker: its rows are arrays bound then ({@link
   * #prepared}), unnested in their order; each row's node is read by key through its type's read
   * model, as a {@code oneOf}.
   */
  private String preparedConnection(
      MergedField field, GraphQLFieldDefinition definition, PreparedRead read) {
    GraphQLObjectType connectionType = (GraphQLObjectType) unwrap(definition.getType());
    MergedSelectionSet selection = selection(connectionType, field);
    boolean countTotal = false;
    Set<String> edgeFields = new HashSet<>();
    for (MergedField part : selection.getSubFieldsList()) {
      countTotal |= part.getName().equals("totalCount");
      if (part.getName().equals("edges")) {
        GraphQLObjectType edgeType =
            (GraphQLObjectType) unwrap(definition(connectionType, part).getType());
        selection(edgeType, part).getSubFieldsList().forEach(f -> edgeFields.add(f.getName()));
      }
    }
    Arguments arguments = new Arguments(arguments(field, definition), countTotal);
    boolean selectsTotal = countTotal;
    PreparedRead.Plan plan = rootArguments(() -> read.plan(arguments, edgeFields, selectsTotal));
    arguments.requireAllRead(field.getName());

    // Placeholders for the page's arrays and facts, bound on the worker.
    String types = placeholder();
    String keys = placeholder();
    String cursors = placeholder();
    List<Map.Entry<String, String>> edgeTypes = read.edgeTypes();
    List<String> edgeArrays = new ArrayList<>();
    for (int i = 0; i < edgeTypes.size(); i++) {
      edgeArrays.add(placeholder());
    }
    String hasNext = placeholder();
    String hasPrevious = placeholder();
    String total = placeholder();
    prepared =
        () -> {
          PreparedRead.Page page = plan.page().get();
          Map<String, Object> values = new LinkedHashMap<>();
          values.put(types.substring(1), page.types());
          values.put(keys.substring(1), page.keys());
          values.put(cursors.substring(1), page.cursors());
          for (int i = 0; i < edgeTypes.size(); i++) {
            Object[] column = page.edges().get(edgeTypes.get(i).getKey());
            values.put(
                edgeArrays.get(i).substring(1),
                // A column the page did not fill (not selected): nulls, which any type casts.
                column == null ? new String[page.keys().length] : column);
          }
          values.put(hasNext.substring(1), page.hasNextPage());
          values.put(hasPrevious.substring(1), page.hasPreviousPage());
          values.put(total.substring(1), page.total() == null ? -1L : page.total());
          return values;
        };

    String cursorArray = "cast(" + cursors + " as text[])";
    StringBuilder unnest =
        new StringBuilder("unnest(cast(")
            .append(types)
            .append(" as text[]), cast(")
            .append(keys)
            .append(" as bigint[]), ")
            .append(cursorArray);
    StringBuilder columns = new StringBuilder("sg_type, sg_key, sg_cursor");
    for (int i = 0; i < edgeTypes.size(); i++) {
      unnest.append(", cast(").append(edgeArrays.get(i)).append(" as ");
      unnest.append(edgeTypes.get(i).getValue()).append("[])");
      columns.append(", sg_e").append(i);
    }
    String rows = alias();
    String from = unnest + ") with ordinality as " + rows + "(" + columns + ", sg_position)";
    FieldRead.OneOf node =
        new FieldRead.OneOf(FieldRead.ROW + ".sg_type", FieldRead.ROW + ".sg_key");

    List<String> entries = new ArrayList<>();
    for (MergedField part : selection.getSubFieldsList()) {
      entries.add(quote(part.getResultKey()));
      switch (part.getName()) {
        case "__typename" -> entries.add(quote(connectionType.getName()));
        case "totalCount" ->
            // Counted only when the page does not know the total.
            entries.add(
                "(case when cast("
                    + total
                    + " as bigint) >= 0 then cast("
                    + total
                    + " as bigint) else ("
                    + renamed(plan.count(), adopt(plan.countParameters()))
                    + ") end)");
        case "edges" -> {
          GraphQLFieldDefinition edgesDefinition = definition(connectionType, part);
          GraphQLObjectType edgeType = (GraphQLObjectType) unwrap(edgesDefinition.getType());
          List<String> edge = new ArrayList<>();
          for (MergedField edgeField : selection(edgeType, part).getSubFieldsList()) {
            edge.add(quote(edgeField.getResultKey()));
            switch (edgeField.getName()) {
              case "__typename" -> edge.add(quote(edgeType.getName()));
              case "cursor" -> edge.add(rows + ".sg_cursor");
              case "node" ->
                  edge.add(
                      oneOf(
                          node,
                          edgeField,
                          definition(edgeType, edgeField),
                          rows,
                          read.nodeTypes()));
              default -> {
                int column = -1;
                for (int i = 0; i < edgeTypes.size(); i++) {
                  if (edgeTypes.get(i).getKey().equals(edgeField.getName())) {
                    column = i;
                  }
                }
                if (column < 0) {
                  throw new NotCompiled(edgeType.getName() + "." + edgeField.getName());
                }
                edge.add(
                    value(
                        edgeType,
                        new FieldRead.Value(FieldRead.ROW + ".sg_e" + column),
                        edgeField,
                        rows));
              }
            }
          }
          entries.add(
              "coalesce((select json_agg("
                  + jsonObject(edge)
                  + " order by "
                  + rows
                  + ".sg_position) from "
                  + from
                  + "), '[]'::json)");
        }
        case "pageInfo" ->
            entries.add(
                pageInfo(
                    connectionType,
                    part,
                    "cast(" + hasNext + " as boolean)",
                    "cast(" + hasPrevious + " as boolean)",
                    "(" + cursorArray + ")[1]",
                    "(" + cursorArray + ")[cardinality(" + cursorArray + ")]"));
        default -> throw new NotCompiled(connectionType.getName() + "." + part.getName());
      }
    }
    return jsonObject(entries);
  }

  /** A connection's selected {@code pageInfo}, given the SQL of each of its fields. */
  private String pageInfo(
      GraphQLObjectType connectionType,
      MergedField part,
      String hasNextPage,
      String hasPreviousPage,
      String startCursor,
      String endCursor) {
    GraphQLObjectType pageInfoType =
        (GraphQLObjectType) unwrap(definition(connectionType, part).getType());
    List<String> info = new ArrayList<>();
    for (MergedField infoField : selection(pageInfoType, part).getSubFieldsList()) {
      info.add(quote(infoField.getResultKey()));
      info.add(
          switch (infoField.getName()) {
            case "__typename" -> quote(pageInfoType.getName());
            case "hasNextPage" -> hasNextPage;
            case "hasPreviousPage" -> hasPreviousPage;
            case "startCursor" -> startCursor;
            case "endCursor" -> endCursor;
            default -> throw new NotCompiled("PageInfo." + infoField.getName());
          });
    }
    return jsonObject(info);
  }

  /** A node by global ID, or null; a type not described is not compiled. */
  private String node(MergedField field, GlobalId decoded) {
    TypeReads reads = catalog.type(decoded.type());
    // A type read only under others (a dispute's claims) has no ID: the resolvers answer null.
    if (reads == null
        || objectType(decoded.type()).getInterfaces().stream()
            .noneMatch(face -> face.getName().equals("Node"))) {
      throw new NotCompiled("node of type " + decoded.type());
    }
    // The ID of a merged record names the record that absorbed it (common/graphql/NodeRegistry).
    String key = bind(decoded.key());
    return row(
        reads,
        field,
        "coalesce((select sg_n.id from "
            + reads.table()
            + " sg_n where sg_n.id = "
            + key
            + "), (select sg_m.survivor_id from fact_redirect sg_m where sg_m.old_id = "
            + key
            + " and sg_m.kind = "
            + bind(FactRegistry.kindOf(decoded.type()))
            + "))");
  }

  /** A row of {@code reads}' table by key, as the selected object, or null. */
  private String row(TypeReads reads, MergedField field, String key) {
    String alias = alias();
    GraphQLObjectType type = objectType(reads.type());
    return "(select "
        + object(type, reads, selection(type, field), alias)
        + " from "
        + reads.table()
        + " "
        + alias
        + " where "
        + alias
        + ".id = "
        + key
        + ")";
  }

  private String object(
      GraphQLObjectType type, TypeReads reads, MergedSelectionSet selection, String alias) {
    List<String> entries = new ArrayList<>();
    for (MergedField field : selection.getSubFieldsList()) {
      entries.add(quote(field.getResultKey()));
      entries.add(value(type, reads, field, alias));
    }
    return jsonObject(entries);
  }

  private String value(GraphQLObjectType type, TypeReads reads, MergedField field, String alias) {
    if (field.getName().equals("__typename")) {
      return quote(type.getName());
    }
    FieldRead read = reads.field(field.getName());
    for (var implemented : type.getInterfaces()) {
      if (read == null) {
        read = catalog.interfaceField(implemented.getName(), field.getName());
      }
    }
    if (read == null) {
      throw new NotCompiled(type.getName() + "." + field.getName());
    }
    return value(type, read, field, alias);
  }

  private String value(GraphQLObjectType type, FieldRead read, MergedField field, String alias) {
    if (field.getName().equals("__typename")) {
      return quote(type.getName());
    }
    GraphQLFieldDefinition definition = definition(type, field);
    if (!(read instanceof FieldRead.Paged)
        && !(read instanceof FieldRead.ListedBy)
        && !definition.getArguments().isEmpty()) {
      throw new NotCompiled(type.getName() + "." + field.getName() + " takes arguments");
    }
    if (read instanceof FieldRead.Value value) {
      String expression =
          onRow(value.expression(), alias).replace(FieldRead.TYPE, quote(type.getName()));
      // By name: SmallRye builds its own Float scalar, not graphql-java's instance.
      return unwrap(definition.getType()) instanceof GraphQLScalarType scalar
              && scalar.getName().equals(Scalars.GraphQLFloat.getName())
          ? Expressions.asFloat(expression)
          : expression;
    }
    if (read instanceof FieldRead.OneOf oneOf) {
      return oneOf(oneOf, field, definition, alias);
    }
    if (read instanceof FieldRead.Embedded embedded) {
      GraphQLObjectType embeddedType = (GraphQLObjectType) unwrap(definition.getType());
      List<String> entries = new ArrayList<>();
      for (MergedField inner : selection(embeddedType, field).getSubFieldsList()) {
        FieldRead innerRead = embedded.fields().get(inner.getName());
        if (innerRead == null && !inner.getName().equals("__typename")) {
          throw new NotCompiled(embeddedType.getName() + "." + inner.getName());
        }
        entries.add(quote(inner.getResultKey()));
        entries.add(value(embeddedType, innerRead, inner, alias));
      }
      return "(case when "
          + onRow(embedded.nullWhen(), alias)
          + " then null else "
          + jsonObject(entries)
          + " end)";
    }
    if (read instanceof FieldRead.ToOne toOne) {
      return row(type(toOne.type()), field, onRow(toOne.key(), alias));
    }
    // {type} in a list's or a connection's SQL is the parent's type (fields every Fact has).
    if (read instanceof FieldRead.Listed listed) {
      return objects(listed.list(), field, alias).replace(FieldRead.TYPE, quote(type.getName()));
    }
    if (read instanceof FieldRead.ListedOneOf listed) {
      FieldRead.OneOf item = new FieldRead.OneOf(listed.type(), listed.key());
      return list(listed.list(), alias, rows -> oneOf(item, field, definition, rows))
          .replace(FieldRead.TYPE, quote(type.getName()));
    }
    if (read instanceof FieldRead.ListedBy listed) {
      Arguments arguments = new Arguments(arguments(field, definition), false);
      ListRead list = listed.list().apply(arguments);
      arguments.requireAllRead(field.getName());
      return objects(list, field, alias).replace(FieldRead.TYPE, quote(type.getName()));
    }
    FieldRead.Paged paged = (FieldRead.Paged) read;
    return connection(field, definition, paged.page(), alias + ".id")
        .replace(FieldRead.TYPE, quote(type.getName()));
  }

  /** The row of whichever possible type the row names, as that type's selected object. */
  private String oneOf(
      FieldRead.OneOf oneOf, MergedField field, GraphQLFieldDefinition definition, String alias) {
    return oneOf(oneOf, field, definition, alias, null);
  }

  /**
   * The row of whichever possible type the row names, as that type's selected object; of the types
   * named in {@code only} alone, when the read knows the row can be no other (null: all).
   */
  private String oneOf(
      FieldRead.OneOf oneOf,
      MergedField field,
      GraphQLFieldDefinition definition,
      String alias,
      Set<String> only) {
    GraphQLType fieldType = unwrap(definition.getType());
    List<GraphQLObjectType> possible;
    if (fieldType instanceof GraphQLObjectType object) {
      possible = List.of(object);
    } else if (fieldType instanceof GraphQLInterfaceType face) {
      possible = execution.getGraphQLSchema().getImplementations(face);
    } else if (fieldType instanceof GraphQLUnionType union) {
      possible = union.getTypes().stream().map(GraphQLObjectType.class::cast).toList();
    } else {
      throw new NotCompiled("one of " + fieldType);
    }
    StringBuilder sql = new StringBuilder("(case ").append(onRow(oneOf.type(), alias));
    String key = onRow(oneOf.key(), alias);
    for (GraphQLObjectType candidate : possible) {
      if (only != null && !only.contains(candidate.getName())) {
        continue;
      }
      sql.append(" when ")
          .append(quote(candidate.getName()))
          .append(" then ")
          .append(row(type(candidate.getName()), field, key));
    }
    return sql.append(" end)").toString();
  }

  /** A whole list of rows of one type, as the selected objects. */
  private String objects(ListRead list, MergedField field, String parent) {
    TypeReads items = type(list.type());
    GraphQLObjectType itemType = objectType(list.type());
    return list(list, parent, rows -> object(itemType, items, selection(itemType, field), rows));
  }

  private String list(ListRead list, String parent, Function<String, String> item) {
    Map<String, String> renamed = adopt(list.parameters());
    String rows = alias();
    return "coalesce((select json_agg("
        + item.apply(rows)
        + " order by "
        + rows
        + ".sg_position) from (select "
        + list.alias()
        + ".*, row_number() over (order by "
        + renamed(list.order(), renamed)
        + ") as sg_position from "
        + renamed(list.from(), renamed)
        + " where "
        + renamed(onRow(list.condition(), parent), renamed)
        + ") "
        + rows
        + "), '[]'::json)";
  }

  /**
   * A connection: its rows read by a subquery that keeps the listing's order and reads one row more
   * than the page (that row tells whether another page follows), aggregated into the selected
   * {@code nodes}, {@code edges}, {@code pageInfo} and {@code totalCount}.
   */
  private String connection(
      MergedField field, GraphQLFieldDefinition definition, PagedRead read, String parentId) {
    GraphQLObjectType connectionType = (GraphQLObjectType) unwrap(definition.getType());
    MergedSelectionSet selection = selection(connectionType, field);
    boolean countTotal =
        selection.getSubFieldsList().stream().anyMatch(f -> f.getName().equals("totalCount"));
    Arguments arguments = new Arguments(arguments(field, definition), countTotal);
    PageQuery query =
        parentId == null
            ? rootArguments(() -> read.query(arguments, null))
            : read.query(arguments, parentId);
    arguments.requireAllRead(field.getName());
    Map<String, String> renamed = adopt(query.parameters());
    String rows = alias();
    int size = query.request().size();
    String inPage = " filter (where " + rows + ".sg_position <= " + size + ")";
    String answerOrder =
        " order by " + rows + ".sg_position" + (query.request().backward() ? " desc" : "");
    String reversedOrder =
        " order by " + rows + ".sg_position" + (query.request().backward() ? "" : " desc");
    String cursor =
        "sg_base64url("
            + quote(query.sort().name() + "|")
            + " || "
            + rows
            + ".id || '|' || "
            + rows
            + ".sg_sort)";
    String moreRead = "(count(*) > " + size + ")";
    TypeReads nodeReads = type(read.nodeType());
    GraphQLObjectType nodeType = objectType(read.nodeType());

    List<String> entries = new ArrayList<>();
    for (MergedField part : selection.getSubFieldsList()) {
      entries.add(quote(part.getResultKey()));
      switch (part.getName()) {
        case "__typename" -> entries.add(quote(connectionType.getName()));
        case "totalCount" ->
            entries.add(
                "(select count(*) from "
                    + renamed(query.from(), renamed)
                    + where(query.countConditions(), renamed)
                    + ")");
        case "nodes" ->
            entries.add(
                "coalesce(json_agg("
                    + node(read, nodeReads, nodeType, part, rows)
                    + answerOrder
                    + ")"
                    + inPage
                    + ", '[]'::json)");
        case "edges" -> {
          GraphQLObjectType edgeType =
              (GraphQLObjectType) unwrap(definition(connectionType, part).getType());
          List<String> edge = new ArrayList<>();
          for (MergedField edgeField : selection(edgeType, part).getSubFieldsList()) {
            edge.add(quote(edgeField.getResultKey()));
            switch (edgeField.getName()) {
              case "__typename" -> edge.add(quote(edgeType.getName()));
              case "cursor" -> edge.add(cursor);
              case "node" -> edge.add(node(read, nodeReads, nodeType, edgeField, rows));
              default -> {
                FieldRead edgeRead = read.edgeFields().get(edgeField.getName());
                if (edgeRead == null) {
                  throw new NotCompiled(edgeType.getName() + "." + edgeField.getName());
                }
                edge.add(value(edgeType, edgeRead, edgeField, rows));
              }
            }
          }
          entries.add(
              "coalesce(json_agg("
                  + jsonObject(edge)
                  + answerOrder
                  + ")"
                  + inPage
                  + ", '[]'::json)");
        }
        case "pageInfo" ->
            entries.add(
                pageInfo(
                    connectionType,
                    part,
                    query.hasNextPage(moreRead),
                    query.hasPreviousPage(moreRead),
                    "(array_agg(" + cursor + answerOrder + ")" + inPage + ")[1]",
                    "(array_agg(" + cursor + reversedOrder + ")" + inPage + ")[1]"));
        default -> throw new NotCompiled(connectionType.getName() + "." + part.getName());
      }
    }
    String readOrder = renamed(query.readOrder(), renamed);
    return "(select "
        + jsonObject(entries)
        + " from (select "
        + query.alias()
        + ".*, row_number() over (order by "
        + readOrder
        + ") as sg_position, cast("
        + renamed(query.sort().expression(), renamed)
        + " as text) as sg_sort from "
        + renamed(query.from(), renamed)
        + where(query.conditions(), renamed)
        + " order by "
        + readOrder
        + " limit "
        + (size + 1)
        + ") "
        + rows
        // One answer even with no rows, and when nothing selected aggregates (totalCount alone).
        + " group by ())";
  }

  private String node(
      PagedRead read,
      TypeReads nodeReads,
      GraphQLObjectType nodeType,
      MergedField field,
      String rows) {
    if (read.nodeKey() == null) {
      return object(nodeType, nodeReads, selection(nodeType, field), rows);
    }
    return row(nodeReads, field, onRow(read.nodeKey(), rows));
  }

  /**
   * Reads a root field's own arguments: bad input there is the field's error ({@link
   * RejectedArguments}), as its resolver would raise it.
   */
  private static <T> T rootArguments(Supplier<T> read) {
    try {
      return read.get();
    } catch (ApiException rejected) {
      throw new RejectedArguments(rejected);
    }
  }

  /** Gives a listing's named parameters names unique in the statement. */
  private Map<String, String> adopt(Map<String, Object> listingParameters) {
    Map<String, String> names = new LinkedHashMap<>();
    listingParameters.forEach((name, value) -> names.put(name, bind(value).substring(1)));
    return names;
  }

  private static String renamed(String sql, Map<String, String> names) {
    if (names.isEmpty()) {
      return sql;
    }
    Matcher matcher = PARAMETER.matcher(sql);
    StringBuilder result = new StringBuilder();
    while (matcher.find()) {
      String name = names.get(matcher.group(1));
      matcher.appendReplacement(
          result, Matcher.quoteReplacement(name == null ? matcher.group() : ":" + name));
    }
    matcher.appendTail(result);
    return result.toString();
  }

  private static String where(List<String> conditions, Map<String, String> names) {
    return conditions.isEmpty() ? "" : " where " + renamed(String.join(" and ", conditions), names);
  }

  private String bind(Object value) {
    String name = "sg_p" + parameters.size();
    parameters.put(name, value);
    return ":" + name;
  }

  /** A parameter bound only on the worker ({@link #prepared}). */
  private String placeholder() {
    return ":sg_w" + ++placeholders;
  }

  private String alias() {
    return "sg_r" + ++aliases;
  }

  private TypeReads type(String name) {
    TypeReads reads = catalog.type(name);
    if (reads == null) {
      throw new NotCompiled("type " + name);
    }
    return reads;
  }

  private GraphQLObjectType objectType(String name) {
    return (GraphQLObjectType) execution.getGraphQLSchema().getType(name);
  }

  private MergedSelectionSet selection(GraphQLObjectType type, MergedField field) {
    FieldCollectorParameters parameters =
        FieldCollectorParameters.newParameters()
            .schema(execution.getGraphQLSchema())
            .objectType(type)
            .fragments(execution.getFragmentsByName())
            .variables(execution.getCoercedVariables().toMap())
            .graphQLContext(execution.getGraphQLContext())
            .build();
    MergedSelectionSet selection = collector.collectFields(parameters, field);
    if (selection.size() > MAX_KEYS) {
      throw new NotCompiled("more than " + MAX_KEYS + " fields in one object");
    }
    return selection;
  }

  private Map<String, Object> arguments(MergedField field, GraphQLFieldDefinition definition) {
    return ValuesResolver.getArgumentValues(
        execution.getGraphQLSchema().getCodeRegistry(),
        definition.getArguments(),
        field.getArguments(),
        CoercedVariables.of(execution.getCoercedVariables().toMap()),
        execution.getGraphQLContext(),
        execution.getLocale());
  }

  private static GraphQLFieldDefinition definition(GraphQLObjectType type, MergedField field) {
    GraphQLFieldDefinition definition = type.getFieldDefinition(field.getName());
    if (definition == null) {
      throw new NotCompiled(type.getName() + "." + field.getName());
    }
    return definition;
  }

  private static GraphQLType unwrap(GraphQLOutputType type) {
    return GraphQLTypeUtil.unwrapAll(type);
  }

  private static String onRow(String expression, String alias) {
    return expression.replace(FieldRead.ROW, alias);
  }

  private static String jsonObject(List<String> entries) {
    return "json_build_object(" + String.join(", ", entries) + ")";
  }

  /** A SQL string literal. */
  private static String quote(String text) {
    return "'" + text.replace("'", "''") + "'";
  }
}
