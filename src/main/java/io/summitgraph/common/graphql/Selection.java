package io.summitgraph.common.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.api.Context;

/** What the client selected below the field being resolved. */
public final class Selection {

  private Selection() {}

  /**
   * Whether the connection being resolved has its {@code totalCount} selected (counting costs a
   * query).
   */
  public static boolean wantsTotalCount(Context context) {
    return context.unwrap(DataFetchingEnvironment.class).getSelectionSet().contains("totalCount");
  }
}
