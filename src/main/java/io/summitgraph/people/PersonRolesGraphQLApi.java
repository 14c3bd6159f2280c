package io.summitgraph.people;

import io.summitgraph.common.graphql.Batches;
import io.summitgraph.countries.Country;
import io.summitgraph.countries.CountryService;
import io.summitgraph.organizations.Organization;
import io.summitgraph.organizations.OrganizationService;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The relations of roles, both ways: who holds them, in which organization, for which country. */
@GraphQLApi
public class PersonRolesGraphQLApi {

  @Inject PersonService personService;
  @Inject PersonRoleService service;
  @Inject OrganizationService organizationService;
  @Inject CountryService countryService;

  @NonNull
  @Description("Who holds or held the position.")
  public List<@NonNull Person> person(@Source List<PersonRole> roles) {
    return Batches.resolve(roles, PersonRole::personKey, personService::byKeys, null);
  }

  @Description("The organization the position is in, e.g. a ministry; null if none is named.")
  public List<Organization> organization(@Source List<PersonRole> roles) {
    return Batches.resolve(roles, PersonRole::organizationKey, organizationService::byKeys, null);
  }

  @Description("The country the position serves, e.g. the United States for its President.")
  public List<Country> country(@Source List<PersonRole> roles) {
    return Batches.resolve(roles, PersonRole::countryKey, countryService::byKeys, null);
  }

  @NonNull
  @Description(
      "The positions that serve this country, e.g. its President, by start date (no known start"
          + " last).")
  public List<@NonNull List<@NonNull PersonRole>> roles(@Source List<Country> countries) {
    return Batches.resolve(countries, Country::key, service::forCountries, List.of());
  }

  @NonNull
  @Description("The positions held in this organization, by start date.")
  public List<@NonNull List<@NonNull PersonRole>> members(
      @Source List<Organization> organizations) {
    return Batches.resolve(organizations, Organization::key, service::inOrganizations, List.of());
  }
}
