package io.summitgraph.mentions;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.MentionSubject;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.platform.fetching.Selection;
import io.summitgraph.sources.Source;
import io.summitgraph.sources.SourceService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

// The GraphQL @Source annotation is written out in full: Source is also a type of ours.
@GraphQLApi
public class MentionsGraphQLApi {

  @Inject MentionService mentions;
  @Inject SourceService sources;
  @Inject Context context;

  @NonNull
  @Description(
      "The known people, organizations, countries and locations this source names, in text order.")
  public List<@NonNull MentionConnection> mentions(
      @org.eclipse.microprofile.graphql.Source List<Source> sourceList,
      @Description(MentionConnections.FIRST) Integer first,
      @Description(MentionConnections.AFTER) String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    PageRequest request = request(first, after, last, before);
    return MentionConnections.byParent(
        sourceList,
        Source::key,
        mentions.bySources(Batches.keys(sourceList, Source::key), request),
        request);
  }

  @Description("The source whose text holds the mention.")
  @NonNull
  public List<@NonNull Source> source(
      @org.eclipse.microprofile.graphql.Source List<Mention> mentionList) {
    return Batches.resolve(mentionList, Mention::sourceKey, sources::byKeys, null);
  }

  @NonNull
  @Description("The person, organization, country or location named.")
  public List<@NonNull MentionSubject> subject(
      @org.eclipse.microprofile.graphql.Source List<Mention> mentionList) {
    Map<MentionSubjectKey, MentionSubject> subjects =
        mentions.subjects(mentionList.stream().map(Mention::subjectKey).toList());
    return mentionList.stream().map(mention -> subjects.get(mention.subjectKey())).toList();
  }

  private PageRequest request(Integer first, String after, Integer last, String before) {
    return PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context));
  }
}
