package io.summitgraph.platform.engine;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Documents that make every field resolver run once before the service says it is ready, derived
 * from the served schema rather than listed by hand: for each root list (a root query field with no
 * required argument), every field of its items, and every field of what those lead to, two levels
 * down. The hand-written warm-up documents make the common shapes hot; these make sure no shape a
 * client may send meets a resolver, a statement or a class for the first time.
 *
 * <p>Each document stays within the default operation limits (tokens, fields, cost): a root list's
 * fields are packed into as many documents as that takes.
 */
final class WarmUpCoverage {

  /** Parser tokens per document, under {@code summitgraph.limits.tokens} (2000). */
  static final int MAX_TOKENS = 1200;

  /** Relation fields per document, which keeps a document's estimated cost low. */
  static final int MAX_RELATIONS = 4;

  private static final int PAGE = 2;
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*|[0-9]+|[{}():,!$]");

  private WarmUpCoverage() {}

  static List<String> documents(GraphQLSchema schema) {
    List<String> documents = new ArrayList<>();
    for (GraphQLFieldDefinition root : schema.getQueryType().getFieldDefinitions()) {
      if (hasRequiredArguments(root) || !(unwrapped(root.getType()) instanceof GraphQLObjectType)) {
        continue;
      }
      GraphQLObjectType returned = (GraphQLObjectType) unwrapped(root.getType());
      boolean connection = isConnection(returned);
      GraphQLType items =
          connection ? unwrapped(returned.getFieldDefinition("nodes").getType()) : returned;
      if (!(items instanceof GraphQLObjectType itemType)) {
        continue;
      }
      String open =
          "query WarmUpCoverage { "
              + root.getName()
              + paging(root)
              + (connection ? " { nodes { " : " { ");
      String close = connection ? " } } }" : " } }";
      String scalars = "__typename " + String.join(" ", scalarFields(itemType));
      List<String> relations = new ArrayList<>();
      for (GraphQLFieldDefinition field : itemType.getFieldDefinitions()) {
        GraphQLType target = unwrapped(field.getType());
        if (!hasRequiredArguments(field) && target instanceof GraphQLFieldsContainer) {
          relations.add(field.getName() + paging(field) + " " + secondLevel(target));
        } else if (!hasRequiredArguments(field)
            && target instanceof GraphQLNamedType named
            && isAbstract(named)) {
          relations.add(field.getName() + paging(field) + " { __typename }");
        }
      }
      StringBuilder body = new StringBuilder(scalars);
      int inDocument = 0;
      for (String relation : relations) {
        if (inDocument > 0
            && (inDocument == MAX_RELATIONS
                || tokens(open + body + " " + relation + close) > MAX_TOKENS)) {
          documents.add(open + body + close);
          body = new StringBuilder("__typename");
          inDocument = 0;
        }
        body.append(' ').append(relation);
        inDocument++;
      }
      documents.add(open + body + close);
    }
    return documents;
  }

  /** Parser tokens of a document, as graphql-java counts them (names, numbers, punctuators). */
  static int tokens(String document) {
    return (int) TOKEN.matcher(document).results().count();
  }

  /** A related object's fields: its scalars, and each of its relations asked for by type name. */
  private static String secondLevel(GraphQLType target) {
    if (!(target instanceof GraphQLObjectType object)) {
      return "{ __typename }";
    }
    if (isConnection(object)) {
      GraphQLType nodes = unwrapped(object.getFieldDefinition("nodes").getType());
      return "{ "
          + (object.getFieldDefinition("totalCount") != null ? "totalCount " : "")
          + "pageInfo { hasNextPage } nodes "
          + secondLevel(nodes)
          + " }";
    }
    List<String> fields = new ArrayList<>(scalarFields(object));
    for (GraphQLFieldDefinition field : object.getFieldDefinitions()) {
      if (!hasRequiredArguments(field) && !(GraphQLTypeUtil.isLeaf(unwrapped(field.getType())))) {
        fields.add(field.getName() + paging(field) + " { __typename }");
      }
    }
    return "{ __typename " + String.join(" ", fields) + " }";
  }

  private static List<String> scalarFields(GraphQLFieldsContainer type) {
    return type.getFieldDefinitions().stream()
        .filter(field -> !hasRequiredArguments(field))
        .filter(field -> GraphQLTypeUtil.isLeaf(unwrapped(field.getType())))
        .map(GraphQLFieldDefinition::getName)
        .toList();
  }

  private static String paging(GraphQLFieldDefinition field) {
    return field.getArgument("first") != null ? "(first: " + PAGE + ")" : "";
  }

  private static boolean isConnection(GraphQLObjectType type) {
    return type.getName().endsWith("Connection") && type.getFieldDefinition("nodes") != null;
  }

  private static boolean isAbstract(GraphQLNamedType type) {
    return GraphQLTypeUtil.isInterfaceOrUnion(type);
  }

  private static boolean hasRequiredArguments(GraphQLFieldDefinition field) {
    for (GraphQLArgument argument : field.getArguments()) {
      if (argument.getType() instanceof GraphQLNonNull && !argument.hasSetDefaultValue()) {
        return true;
      }
    }
    return false;
  }

  private static GraphQLType unwrapped(GraphQLType type) {
    return GraphQLTypeUtil.unwrapAll(type);
  }
}
