package io.summitgraph.sources;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.organizations.Organization;
import io.summitgraph.organizations.OrganizationService;
import io.summitgraph.people.Person;
import io.summitgraph.people.PersonService;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

// The GraphQL @Source annotation is written out in full: Source is also this package's type.
@GraphQLApi
public class SourcesGraphQLApi {

  @Inject SourceService sources;
  @Inject CitationService citations;
  @Inject PersonService people;
  @Inject OrganizationService organizations;
  @Inject Context context;

  @Query
  @NonNull
  @Description("The documents facts come from, by title unless ordered otherwise.")
  public SourceConnection sources(
      @Description("Conditions the sources must meet.") SourceFilter filter,
      @Description("Sort order; by title by default.") SourceOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new SourceConnection(
        sources.sources(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @Description("Who wrote it, when the source names its author.")
  public List<Person> author(@org.eclipse.microprofile.graphql.Source List<Source> sourceList) {
    return Batches.resolve(sourceList, Source::authorKey, people::byKeys, null);
  }

  @Description("Who published it, when known.")
  public List<Organization> publisher(
      @org.eclipse.microprofile.graphql.Source List<Source> sourceList) {
    return Batches.resolve(sourceList, Source::publisherKey, organizations::byKeys, null);
  }

  @NonNull
  @Description(
      "The citations of this source, in the order their excerpts appear in its text; each names the fact it supports.")
  public List<@NonNull CitationConnection> citations(
      @org.eclipse.microprofile.graphql.Source List<Source> sourceList,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return citations after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return citations before this cursor.") String before) {
    PageRequest request =
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context));
    var pages = citations.bySources(Batches.keys(sourceList, Source::key), request);
    return Batches.byParent(sourceList, Source::key, pages, Page.<Citation>empty(request)).stream()
        .map(CitationConnection::new)
        .toList();
  }

  @NonNull
  @Description("The sources this person wrote.")
  public List<@NonNull List<@NonNull Source>> authoredSources(
      @org.eclipse.microprofile.graphql.Source List<Person> authors) {
    return Batches.resolve(authors, Person::key, sources::byAuthors, List.of());
  }

  @NonNull
  @Description("The sources this organization published.")
  public List<@NonNull List<@NonNull Source>> publishedSources(
      @org.eclipse.microprofile.graphql.Source List<Organization> publishers) {
    return Batches.resolve(publishers, Organization::key, sources::byPublishers, List.of());
  }
}
