package io.summitgraph.platform.engine;

import graphql.Scalars;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLSchemaElement;
import graphql.schema.GraphQLTypeVisitorStub;
import graphql.schema.GraphQLUnionType;
import graphql.schema.SchemaTransformer;
import graphql.schema.TypeResolver;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.HashSet;

/**
 * Puts the specification's {@code Int} in place of SmallRye's. SmallRye 2.17's own Int accepts a
 * fractional variable ({@code 1.5}), which then fails inside a resolver as a server error, and
 * wraps an out-of-range literal around ({@code 4294967297} becomes 1); the standard scalar refuses
 * both as invalid input, before anything executes.
 */
@ApplicationScoped
class StrictInt {

  void replace(@Observes GraphQLSchema.Builder builder) {
    GraphQLSchema schema = builder.build();
    GraphQLSchema strict =
        SchemaTransformer.transformSchema(
            schema,
            new GraphQLTypeVisitorStub() {
              @Override
              public TraversalControl visitGraphQLScalarType(
                  GraphQLScalarType scalar, TraverserContext<GraphQLSchemaElement> context) {
                if (scalar.getName().equals("Int") && scalar != Scalars.GraphQLInt) {
                  return changeNode(context, Scalars.GraphQLInt);
                }
                return TraversalControl.CONTINUE;
              }
            });
    // SmallRye's type resolvers return the object types it built, which the transformation replaced
    // with copies: each resolved type is looked up again, by name, in the schema executing.
    GraphQLCodeRegistry.Builder codeRegistry =
        GraphQLCodeRegistry.newCodeRegistry(strict.getCodeRegistry());
    for (GraphQLNamedType type : strict.getAllTypesAsList()) {
      TypeResolver resolver =
          type instanceof GraphQLInterfaceType i
              ? strict.getCodeRegistry().getTypeResolver(i)
              : type instanceof GraphQLUnionType u
                  ? strict.getCodeRegistry().getTypeResolver(u)
                  : null;
      if (resolver != null) {
        codeRegistry.typeResolver(
            type.getName(),
            environment -> {
              GraphQLObjectType resolved = resolver.getType(environment);
              return resolved == null
                  ? null
                  : environment.getSchema().getObjectType(resolved.getName());
            });
      }
    }
    builder
        .query(strict.getQueryType())
        .mutation(strict.getMutationType())
        .subscription(strict.getSubscriptionType())
        .clearAdditionalTypes()
        .additionalTypes(strict.getAdditionalTypes())
        .codeRegistry(codeRegistry.build())
        .clearDirectives()
        .additionalDirectives(new HashSet<>(strict.getDirectives()))
        .clearSchemaDirectives()
        .withSchemaDirectives(strict.getSchemaDirectives());
  }
}
