package io.summitgraph.relationships;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class RelationshipsGraphQLApi {

  @Inject RelationshipService service;
  @Inject Context context;

  @Query
  @NonNull
  @Description("Relationships between parties, earliest first; those with no start date last.")
  public RelationshipConnection relationships(
      @Description("Conditions the relationships must meet.") RelationshipFilter filter,
      @Description(PagingArguments.FIRST) Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new RelationshipConnection(
        service.relationships(
            filter,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @NonNull
  @Description("The two parties, persons or countries, in the order the sources name them.")
  public List<@NonNull List<@NonNull Party>> parties(@Source List<Relationship> relationships) {
    return Batches.resolve(relationships, Relationship::key, service::parties, List.of());
  }
}
