package io.summitgraph.sources;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.organizations.Organization;
import io.summitgraph.organizations.OrganizationService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;

/** Citations: what connects every fact to the words of a source. */
// The GraphQL @Source annotation is written out in full: Source is also this package's type.
@GraphQLApi
public class CitationsGraphQLApi {

  @Inject CitationService citations;
  @Inject SourceService sources;
  @Inject OrganizationService organizations;

  @NonNull
  @Description("The sources that state this fact, each with the exact excerpt. Never empty.")
  public List<@NonNull List<@NonNull Citation>> citations(
      @org.eclipse.microprofile.graphql.Source List<Fact> facts) {
    return Batches.resolve(facts, Fact::key, citations::byFacts, List.of());
  }

  @NonNull
  @Description("The source the excerpt is taken from.")
  public List<@NonNull Source> source(
      @org.eclipse.microprofile.graphql.Source List<Citation> citationList) {
    return Batches.resolve(citationList, Citation::sourceKey, sources::byKeys, null);
  }

  @NonNull
  @Description("The fact the excerpt supports.")
  public List<@NonNull Fact> fact(
      @org.eclipse.microprofile.graphql.Source List<Citation> citationList) {
    return Batches.resolve(citationList, Citation::factKey, citations::facts, null);
  }

  @NonNull
  @Description(
      "The outlets through which the source says it learned this fact, in the order it names them:"
          + " \"according to KCNA via the Independent\" gives [KCNA, The Independent]. Empty when the source"
          + " states the fact itself.")
  public List<@NonNull List<@NonNull Organization>> reportedVia(
      @org.eclipse.microprofile.graphql.Source List<Citation> citationList) {
    Map<Long, List<Long>> chains = citations.reportedVia(Batches.keys(citationList, Citation::key));
    var outlets =
        organizations.byKeys(chains.values().stream().flatMap(List::stream).distinct().toList());
    return citationList.stream()
        .map(c -> chains.getOrDefault(c.key(), List.of()).stream().map(outlets::get).toList())
        .toList();
  }

  @NonNull
  @Description(
      "The citations whose source says it learned the fact through this outlet (the reverse of"
          + " Citation.reportedVia), in source and text order; each leads to its fact.")
  public List<@NonNull List<@NonNull Citation>> reportedCitations(
      @org.eclipse.microprofile.graphql.Source List<Organization> outlets) {
    return Batches.resolve(outlets, Organization::key, citations::reportedBy, List.of());
  }
}
