package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.countries.Country;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * The commitments binding a country. A class of its own: Java cannot overload the {@code
 * commitments} fields of people, countries and organizations in one class.
 */
@GraphQLApi
public class CountryCommitmentsGraphQLApi {

  @Inject CommitmentService service;

  @NonNull
  @Description("Commitments binding the country as a party, in recorded order.")
  public List<@NonNull List<@NonNull Commitment>> commitments(@Source List<Country> countries) {
    return Batches.resolve(countries, Country::key, service::bindingCountries, List.of());
  }
}
