package io.summitgraph.statistics;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

/** Curators' mutations on humanitarian statistics. */
@GraphQLApi
public class HumanitarianStatisticMutationsGraphQLApi {

  @Inject HumanitarianStatisticCuration curation;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Records a humanitarian figure with its citation; a ratio lies in 0..1 and no value is negative"
          + " (INVALID otherwise). Curators only.")
  public StatisticRecordPayload statisticRecord(
      @NonNull @Description("The figure, what it measures, and its citation.")
          StatisticRecordInput input) {
    return Mutations.attempt(
        () -> StatisticRecordPayload.done(curation.record(input)), StatisticRecordPayload::refused);
  }
}
