package io.summitgraph.mentions;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.locations.Location;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class LocationMentionsGraphQLApi {

  @Inject MentionService mentions;
  @Inject Context context;

  @NonNull
  @Description(MentionConnections.MENTIONED_IN)
  public List<@NonNull MentionConnection> mentionedIn(
      @Source List<Location> parents,
      @Description(MentionConnections.FIRST) Integer first,
      @Description(MentionConnections.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return MentionConnections.bySubject(
        mentions,
        MentionSubjectKind.LOCATION,
        parents,
        Location::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)));
  }
}
