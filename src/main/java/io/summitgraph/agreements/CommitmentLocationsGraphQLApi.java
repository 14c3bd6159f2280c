package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.locations.Location;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The places commitments are about, and the commitments about a place. */
@GraphQLApi
public class CommitmentLocationsGraphQLApi {

  @Inject CommitmentService service;

  @NonNull
  @Description("The places the commitment is about, e.g. the sites opened to inspectors.")
  public List<@NonNull List<@NonNull Location>> locations(@Source List<Commitment> commitments) {
    return Batches.resolve(commitments, Commitment::key, service::locations, List.of());
  }

  @NonNull
  @Description("Commitments about this place or places inside it, in recorded order.")
  public List<@NonNull List<@NonNull Commitment>> commitments(@Source List<Location> locations) {
    return Batches.resolve(locations, Location::key, service::aboutLocations, List.of());
  }
}
