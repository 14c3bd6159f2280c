package io.summitgraph.search;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;
import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.CacheControl;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class SearchGraphQLApi {

  @Inject SearchService service;
  @Inject Context context;

  @Query
  @NonNull
  @CacheControl(maxAge = 30)
  @Description(
      "Full-text search over names and aliases of people, organizations, countries and locations, event names,"
          + " quotes and the full text of sources; best match first, each with the passage that matched."
          + " Case, accents and hyphens do not matter: \"Kim Jong-Un\" finds Kim Jong Un.")
  public SearchConnection search(
      @NonNull
          @Description(
              "What to look for, as in a web search: words, \"a quoted phrase\", or, -excluded (at most 500"
                  + " characters).")
          String query,
      @DefaultValue("[]") @Description("Only these kinds of objects; all when empty.")
          List<@NonNull SearchKind> kinds,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return results after this cursor.") String after) {
    PageRequest request = PageRequest.forward(first, null, Selection.wantsTotalCount(context));
    DataFetchingFieldSelectionSet selected =
        Selection.of(context.unwrap(DataFetchingEnvironment.class));
    boolean snippets = selected.contains("edges/snippet") || selected.contains("nodes/snippet");
    return new SearchConnection(service.search(query, kinds, request, after, snippets));
  }
}
