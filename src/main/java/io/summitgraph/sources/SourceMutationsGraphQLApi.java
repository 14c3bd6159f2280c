package io.summitgraph.sources;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on sources: ingesting an article. */
@GraphQLApi
public class SourceMutationsGraphQLApi {

  @Inject SourceIngestService ingestion;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Stores a new article and links the known people, organizations, countries and locations it"
          + " names (whatever the spelling). The same text ingested again returns the stored source"
          + " (created: false), never a duplicate. The article is searchable at once.")
  public SourceIngestPayload sourceIngest(
      @NonNull @Description("The article.") SourceIngestInput input) {
    return Mutations.attempt(
        () -> SourceIngestPayload.done(ingestion.ingest(input)), SourceIngestPayload::refused);
  }
}
