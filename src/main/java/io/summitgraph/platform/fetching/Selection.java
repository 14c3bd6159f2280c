package io.summitgraph.platform.fetching;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import graphql.schema.GraphQLNamedType;
import io.smallrye.graphql.api.Context;
import java.util.Set;

/** What the client selected below the field being resolved. */
public final class Selection {

  /**
   * GraphQL context key: {@code Type.field} names of connections whose total is selected somewhere
   * in the request (recorded by the operation's rules before it executes).
   */
  public static final String TOTAL_COUNT_FIELDS = "summitgraph.totalCountFields";

  private Selection() {}

  /**
   * What was selected below the field being resolved. Ask here, not the environment SmallRye's
   * context unwraps to, whose selection set is empty (see {@link ContextEnvironment}).
   */
  public static DataFetchingFieldSelectionSet of(DataFetchingEnvironment environment) {
    return ContextEnvironment.selectionSet(environment);
  }

  /**
   * Whether the connection being resolved has its {@code totalCount} selected (counting costs a
   * query), here or at any other occurrence of the same field in the request: a batched field is
   * resolved once for all its occurrences, so the first one must count for the others.
   */
  public static boolean wantsTotalCount(Context context) {
    DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
    if (of(environment).contains("totalCount")) {
      return true;
    }
    Set<String> selectedAnywhere = environment.getGraphQlContext().get(TOTAL_COUNT_FIELDS);
    return selectedAnywhere != null
        && environment.getParentType() instanceof GraphQLNamedType parent
        && selectedAnywhere.contains(
            parent.getName() + "." + environment.getFieldDefinition().getName());
  }
}
