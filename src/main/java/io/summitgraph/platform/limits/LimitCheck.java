package io.summitgraph.platform.limits;

import graphql.ErrorClassification;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.IntValue;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Value;
import graphql.language.VariableReference;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.summitgraph.common.errors.ErrorCodes;
import io.summitgraph.common.paging.PageRequest;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Measures one operation of a document against {@link QueryLimits}: depth, estimated cost, aliases,
 * root fields and directives. Each fragment is measured once and reused wherever it is spread, so
 * the walk is linear in the document's size even for a "fragment bomb" (fragments spreading each
 * other many times), whose measures simply come out huge; a fragment cycle is refused as invalid.
 */
public final class LimitCheck {

  private static final String INTROSPECTION_DISABLED = "INTROSPECTION_DISABLED";

  private final QueryLimits limits;
  private final boolean introspection;
  private final GraphQLSchema schema;
  private final Map<String, FragmentDefinition> fragments = new HashMap<>();
  private final Map<String, Shape> measured = new HashMap<>();
  private final Set<String> inProgress = new HashSet<>();
  private final Map<String, Object> variables;

  /** The measures of a selection set: saturating, so that a bomb cannot overflow them. */
  private record Shape(int depth, double cost, double aliases, double fields, double selections) {
    static final Shape EMPTY = new Shape(0, 0, 0, 0, 0);

    Shape plus(Shape other) {
      return new Shape(
          Math.max(depth, other.depth),
          cost + other.cost,
          aliases + other.aliases,
          fields + other.fields,
          selections + other.selections);
    }
  }

  private LimitCheck(
      QueryLimits limits,
      boolean introspection,
      GraphQLSchema schema,
      Document document,
      Map<String, Object> variables) {
    this.limits = limits;
    this.introspection = introspection;
    this.schema = schema;
    this.variables = variables == null ? Map.of() : variables;
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      fragments.putIfAbsent(fragment.getName(), fragment);
    }
  }

  /**
   * Checks the operation the request executes.
   *
   * @return the operation's estimated cost (0 when the document names no single operation)
   * @throws AbortExecutionException with a coded error when a limit is exceeded
   */
  public static double check(
      QueryLimits limits,
      boolean introspection,
      GraphQLSchema schema,
      Document document,
      String operationName,
      Map<String, Object> variables,
      boolean overWebSocket) {
    int directives = countDirectivesAndCheckSpreads(document);
    if (directives > limits.directives()) {
      throw exceeded("directives", directives, limits.directives());
    }
    OperationDefinition operation = operation(document, operationName);
    if (operation == null) {
      return 0; // none or ambiguous: the engine's validation says so
    }
    GraphQLType root =
        switch (operation.getOperation()) {
          case QUERY -> schema.getQueryType();
          case MUTATION -> schema.getMutationType();
          case SUBSCRIPTION -> schema.getSubscriptionType();
        };
    if (root == null) {
      // The schema has no such root type: refused with a code, as GraphQL over HTTP and over
      // WebSocket clients can act on, rather than failing in the engine.
      throw refusal(
          ErrorCodes.OPERATION_NOT_SUPPORTED,
          "This service does not serve " + operation.getOperation().name().toLowerCase() + "s",
          null);
    }
    if (operation.getOperation() == OperationDefinition.Operation.SUBSCRIPTION && !overWebSocket) {
      // A subscription is a stream: GraphQL over HTTP has no way to deliver it.
      throw refusal(
          ErrorCodes.OPERATION_NOT_SUPPORTED,
          "Subscriptions are served over the WebSocket at this path (subprotocol graphql-transport-ws"
              + " or graphql-ws), not over HTTP",
          null);
    }
    LimitCheck check = new LimitCheck(limits, introspection, schema, document, variables);
    Shape shape = check.measure(operation.getSelectionSet(), root);
    if (shape.fields > limits.rootFields()) {
      throw exceeded("rootFields", shape.fields, limits.rootFields());
    }
    if (shape.depth > limits.depth()) {
      throw exceeded("depth", shape.depth, limits.depth());
    }
    if (shape.aliases > limits.aliases()) {
      throw exceeded("aliases", shape.aliases, limits.aliases());
    }
    if (shape.cost > limits.cost()) {
      throw exceeded("cost", shape.cost, limits.cost());
    }
    // Scalars are free in the cost, but each selection is work to validate and execute: a fragment
    // bomb of scalar fields is refused here.
    if (shape.selections > limits.fields()) {
      throw exceeded("fields", shape.selections, limits.fields());
    }
    return shape.cost;
  }

  private static OperationDefinition operation(Document document, String operationName) {
    List<OperationDefinition> operations = document.getDefinitionsOfType(OperationDefinition.class);
    if (operationName == null || operationName.isEmpty()) {
      return operations.size() == 1 ? operations.get(0) : null;
    }
    return operations.stream()
        .filter(o -> operationName.equals(o.getName()))
        .findFirst()
        .orElse(null);
  }

  /**
   * Fragments on a narrower type than the parent's (e.g. {@code ... on Country} under an interface)
   * are alternatives, as each object has one type: the costliest alternative counts, not their sum.
   */
  private Shape measure(SelectionSet selectionSet, GraphQLType parentType) {
    Shape common = Shape.EMPTY;
    Map<String, Shape> alternatives = new HashMap<>();
    if (selectionSet == null || parentType == null) {
      // No type: a fragment on a type the schema lacks, which the engine's validation reports.
      return common;
    }
    String parentName = GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(parentType));
    for (Selection<?> selection : selectionSet.getSelections()) {
      if (selection instanceof Field field) {
        common = common.plus(measureField(field, parentType));
      } else if (selection instanceof InlineFragment inline) {
        String condition =
            inline.getTypeCondition() == null ? parentName : inline.getTypeCondition().getName();
        Shape shape =
            measure(
                inline.getSelectionSet(),
                condition.equals(parentName) ? parentType : schema.getType(condition));
        if (condition.equals(parentName)) {
          common = common.plus(shape);
        } else {
          alternatives.merge(condition, shape, Shape::plus);
        }
      } else if (selection instanceof FragmentSpread spread) {
        Shape shape = measureFragment(spread.getName());
        FragmentDefinition fragment = fragments.get(spread.getName());
        String condition = fragment == null ? parentName : fragment.getTypeCondition().getName();
        if (condition.equals(parentName)) {
          common = common.plus(shape);
        } else {
          alternatives.merge(condition, shape, Shape::plus);
        }
      }
    }
    Shape costliest = Shape.EMPTY;
    for (Shape alternative : alternatives.values()) {
      costliest =
          new Shape(
              Math.max(costliest.depth, alternative.depth),
              Math.max(costliest.cost, alternative.cost),
              Math.max(costliest.aliases, alternative.aliases),
              Math.max(costliest.fields, alternative.fields),
              Math.max(costliest.selections, alternative.selections));
    }
    return common.plus(costliest);
  }

  private Shape measureFragment(String name) {
    Shape known = measured.get(name);
    if (known != null) {
      return known;
    }
    FragmentDefinition fragment = fragments.get(name);
    if (fragment == null) {
      return Shape.EMPTY; // unknown fragment: the engine's validation says so
    }
    if (!inProgress.add(name)) {
      throw refusal(
          "GRAPHQL_VALIDATION_FAILED",
          "Fragment " + name + " spreads itself (a fragment cycle)",
          null);
    }
    Shape shape =
        measure(fragment.getSelectionSet(), schema.getType(fragment.getTypeCondition().getName()));
    inProgress.remove(name);
    measured.put(name, shape);
    return shape;
  }

  private Shape measureField(Field field, GraphQLType parentType) {
    String name = field.getName();
    double alias = field.getAlias() == null ? 0 : 1;
    if (name.equals("__schema") || name.equals("__type")) {
      if (!introspection) {
        throw refusal(INTROSPECTION_DISABLED, "Introspection is disabled on this server", null);
      }
      // Bounded by the engine's good-faith introspection check, not by these limits.
      return new Shape(1, 1, alias, 1, 1);
    }
    GraphQLFieldDefinition definition =
        GraphQLTypeUtil.unwrapAll(parentType) instanceof GraphQLFieldsContainer container
            ? container.getFieldDefinition(name)
            : null;
    if (definition == null) {
      return new Shape(1, 0, alias, 1, 1); // __typename, or unknown: validation reports it
    }
    GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
    if (GraphQLTypeUtil.isLeaf(type)) {
      String coordinates =
          GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(parentType)) + "." + name;
      double weight = limits.longTextFields().contains(coordinates) ? limits.longTextWeight() : 0;
      return new Shape(1, weight * factor(field, definition, parentType), alias, 1, 1);
    }
    Shape children = measure(field.getSelectionSet(), definition.getType());
    double factor = factor(field, definition, parentType);
    // An object counts once; the connections and edges that page objects are free.
    double own = PagingTypes.isPaging(((GraphQLNamedType) type).getName()) ? 0 : 1;
    return new Shape(
        children.depth + 1,
        saturate(factor * (own + children.cost)),
        saturate(alias + children.aliases),
        1,
        saturate(1 + children.selections));
  }

  /** How many times the field's selections are resolved, at most. */
  private double factor(Field field, GraphQLFieldDefinition definition, GraphQLType parentType) {
    if (definition.getArgument("first") != null || definition.getArgument("last") != null) {
      Long first = intArgument(field, "first");
      Long last = intArgument(field, "last");
      if (first == null && last == null) {
        return limits.defaultPageSize();
      }
      // A page beyond PageRequest.MAX_SIZE is refused by the resolver, as a bad argument.
      long size = Math.max(first == null ? 0 : first, last == null ? 0 : last);
      return Math.max(0, Math.min(size, PageRequest.MAX_SIZE));
    }
    if (definition.getArgument("ids") != null) {
      return Math.max(1, listArgumentSize(field, "ids"));
    }
    if (!(GraphQLTypeUtil.unwrapNonNull(definition.getType()) instanceof GraphQLList)) {
      return 1;
    }
    String parentName = GraphQLTypeUtil.simplePrint(GraphQLTypeUtil.unwrapAll(parentType));
    if (parentName.endsWith("Connection")) {
      return 1; // edges and nodes of a connection: already counted by its page size
    }
    return limits.unpagedListFactor();
  }

  private Long intArgument(Field field, String name) {
    Object value = argument(field, name);
    // A value that is no Int is left to the engine's validation, which refuses it.
    if (value instanceof IntValue literal && literal.getValue().bitLength() < 32) {
      return literal.getValue().longValue();
    }
    if (value instanceof Number number) {
      double v = number.doubleValue();
      if (v == Math.rint(v) && Math.abs(v) <= Integer.MAX_VALUE) {
        return (long) v;
      }
    }
    return null;
  }

  private int listArgumentSize(Field field, String name) {
    Object value = argument(field, name);
    if (value instanceof ArrayValue list) {
      return list.getValues().size();
    }
    if (value instanceof Collection<?> list) {
      return list.size();
    }
    return 1;
  }

  /** A literal argument as its AST value, a variable argument as the variable's value. */
  private Object argument(Field field, String name) {
    Value<?> value =
        field.getArguments().stream()
            .filter(a -> a.getName().equals(name))
            .map(a -> a.getValue())
            .findFirst()
            .orElse(null);
    if (value instanceof VariableReference reference) {
      return variables.get(reference.getName());
    }
    return value;
  }

  private static double saturate(double value) {
    return Math.min(value, 1e15);
  }

  /**
   * Counts the document's directives, and refuses a spread of a fragment the document does not
   * define: the engine's validation reports that too, but one of its rules (the single root field
   * of a subscription) fails with a NullPointerException on such a spread before it gets there.
   */
  private static int countDirectivesAndCheckSpreads(Document document) {
    Set<String> defined = new HashSet<>();
    for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
      defined.add(fragment.getName());
    }
    int count = 0;
    @SuppressWarnings("rawtypes")
    Deque<Node> pending = new ArrayDeque<>(document.getChildren());
    while (!pending.isEmpty()) {
      Node<?> node = pending.pop();
      if (node instanceof Directive) {
        count++;
      } else if (node instanceof FragmentSpread spread && !defined.contains(spread.getName())) {
        throw refusal("GRAPHQL_VALIDATION_FAILED", "Undefined fragment " + spread.getName(), null);
      }
      pending.addAll(node.getChildren());
    }
    return count;
  }

  private static AbortExecutionException exceeded(String limit, double actual, int maximum) {
    return refusal(
        QueryLimits.CODE,
        String.format(
            "The operation exceeds the %s limit: %s, at most %d allowed",
            limit, actual >= 1e15 ? "too many" : String.valueOf((long) actual), maximum),
        limit);
  }

  static AbortExecutionException refusal(String code, String message, String limit) {
    Map<String, Object> extensions = new HashMap<>();
    extensions.put("code", code);
    if (limit != null) {
      extensions.put("limit", limit);
    }
    return new AbortExecutionException(
        List.of(
            GraphqlErrorBuilder.newError()
                .message(message)
                .errorType(ErrorClassification.errorClassification(code))
                .extensions(extensions)
                .build()));
  }
}
