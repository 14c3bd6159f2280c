package io.summitgraph.quotes;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on quotes. */
@GraphQLApi
public class QuoteMutationsGraphQLApi {

  @Inject QuoteCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Records words someone said, by a named or described speaker, with the citation that quotes"
          + " them. Curators only.")
  public QuoteRecordPayload quoteRecord(
      @NonNull @Description("The quote, its speaker and its citation.") QuoteRecordInput input) {
    return Mutations.attempt(
        () -> QuoteRecordPayload.done(curation.record(input)), QuoteRecordPayload::refused);
  }
}
