package io.summitgraph.platform.engine;

import graphql.Scalars;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;

/**
 * Types list-of-ID arguments as {@code [ID!]!}. SmallRye 2.17 cannot coerce a {@code List<String>}
 * argument annotated {@code @Id} (it treats the list as one ID), so such arguments are declared as
 * lists of strings and retyped here; ID values coerce to the same strings, so the resolvers are
 * unchanged.
 */
@ApplicationScoped
class IdListArguments {

  /** Query field → its arguments that are lists of global IDs. */
  private static final Map<String, Set<String>> ID_LIST_ARGUMENTS = Map.of("nodes", Set.of("ids"));

  void retype(@Observes GraphQLSchema.Builder builder) {
    GraphQLObjectType query = builder.build().getQueryType();
    GraphQLObjectType retyped =
        query.transform(
            type ->
                ID_LIST_ARGUMENTS.forEach(
                    (field, arguments) ->
                        type.field(
                            query
                                .getFieldDefinition(field)
                                .transform(
                                    definition ->
                                        arguments.forEach(
                                            argument ->
                                                definition.argument(
                                                    query
                                                        .getFieldDefinition(field)
                                                        .getArgument(argument)
                                                        .transform(IdListArguments::idList)))))));
    builder.query(retyped);
  }

  private static void idList(GraphQLArgument.Builder argument) {
    argument.type(
        GraphQLNonNull.nonNull(GraphQLList.list(GraphQLNonNull.nonNull(Scalars.GraphQLID))));
  }
}
