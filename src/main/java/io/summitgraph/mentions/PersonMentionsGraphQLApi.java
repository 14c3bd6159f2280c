package io.summitgraph.mentions;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.people.Person;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PersonMentionsGraphQLApi {

  @Inject MentionService mentions;
  @Inject Context context;

  @NonNull
  @Description(MentionConnections.MENTIONED_IN)
  public List<@NonNull MentionConnection> mentionedIn(
      @Source List<Person> parents,
      @Description(MentionConnections.FIRST) Integer first,
      @Description(MentionConnections.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return MentionConnections.bySubject(
        mentions,
        MentionSubjectKind.PERSON,
        parents,
        Person::key,
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context)));
  }
}
