package io.summitgraph.sources;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on citations. */
@GraphQLApi
public class CitationMutationsGraphQLApi {

  @Inject CitationCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Attaches a source's verbatim words to a recorded fact (NOT_VERBATIM when they are not in the"
          + " source). Curators only.")
  public CitationAttachPayload citationAttach(
      @NonNull @Description("The fact and the citation.") CitationAttachInput input) {
    return Mutations.attempt(
        () -> {
          var changed = curation.attach(input);
          return CitationAttachPayload.done(changed.citation(), changed.fact());
        },
        CitationAttachPayload::refused);
  }

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Removes a citation from its fact; never the fact's last one (RULE_VIOLATION). Curators only.")
  public CitationDetachPayload citationDetach(
      @NonNull @Description("The citation to remove.") CitationDetachInput input) {
    return Mutations.attempt(
        () -> {
          var changed = curation.detach(input);
          return CitationDetachPayload.done(changed.fact(), changed.detachedId());
        },
        CitationDetachPayload::refused);
  }
}
