package io.summitgraph.platform.limits;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.summitgraph.platform.fetching.ResponseCost;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a response actually carries, in the units of the estimated cost ({@link LimitCheck}): one
 * per object (the connections and edges that page objects are free) and one per {@link
 * #CHARACTERS_PER_UNIT} characters of long text. Counted from the response's data, walked with what
 * each response key of the operation is (an object, a page wrapper, text), as recorded while the
 * operation's rules are checked.
 */
public final class ActualCost {

  /** Characters of long text that weigh as much as one object. */
  static final int CHARACTERS_PER_UNIT = 256;

  private enum Kind {
    OBJECT,
    PAGING,
    TEXT
  }

  /** Kinds by response path: response keys from the root, joined with '/'. */
  private final Map<String, Kind> kinds = new HashMap<>();

  /** Records a field of the operation at its response path. */
  public void field(String path, GraphQLFieldDefinition definition) {
    GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
    Kind kind;
    if (type instanceof GraphQLScalarType scalar) {
      if (!scalar.getName().equals("String")) {
        return;
      }
      kind = Kind.TEXT;
    } else if (GraphQLTypeUtil.isLeaf(type)) {
      return;
    } else {
      kind = PagingTypes.isPaging(((GraphQLNamedType) type).getName()) ? Kind.PAGING : Kind.OBJECT;
    }
    // Fragments on different types may reuse a response key; an object counts where any does.
    kinds.merge(path, kind, (a, b) -> a == Kind.OBJECT || b == Kind.OBJECT ? Kind.OBJECT : a);
  }

  /** The cost of a response's data. */
  public long of(Object data) {
    long[] objectsAndText = new long[2];
    if (data instanceof Map<?, ?> root) {
      walk(root, "", objectsAndText);
    }
    return objectsAndText[0] + (objectsAndText[1] + CHARACTERS_PER_UNIT - 1) / CHARACTERS_PER_UNIT;
  }

  private void walk(Map<?, ?> object, String path, long[] counts) {
    for (Map.Entry<?, ?> entry : object.entrySet()) {
      String at = path.isEmpty() ? (String) entry.getKey() : path + "/" + entry.getKey();
      Kind kind = kinds.get(at);
      if (kind != null) {
        value(entry.getValue(), at, kind, counts);
      }
    }
  }

  private void value(Object value, String path, Kind kind, long[] counts) {
    if (value instanceof List<?> list) {
      for (Object element : list) {
        value(element, path, kind, counts);
      }
    } else if (value instanceof Map<?, ?> object) {
      if (kind == Kind.OBJECT) {
        counts[0]++;
      }
      walk(object, path, counts);
    } else if (kind == Kind.TEXT
        && value instanceof String text
        && text.length() >= ResponseCost.LONG_TEXT) {
      counts[1] += text.length();
    }
  }
}
