package io.summitgraph.people;

import io.smallrye.graphql.api.Context;
import io.summitgraph.common.graphql.Batches;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.PagingArguments;
import io.summitgraph.countries.Country;
import io.summitgraph.countries.CountryService;
import io.summitgraph.locations.Location;
import io.summitgraph.locations.LocationService;
import io.summitgraph.organizations.Organization;
import io.summitgraph.platform.fetching.Selection;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;
import org.eclipse.microprofile.graphql.Source;

@GraphQLApi
public class PeopleGraphQLApi {

  @Inject PersonService service;
  @Inject PersonRoleService roleService;
  @Inject CountryService countryService;
  @Inject LocationService locationService;
  @Inject Context context;

  @Query
  @NonNull
  @Description("People, by name unless ordered otherwise.")
  public PersonConnection people(
      @Description("Conditions the people must meet.") PersonFilter filter,
      @Description("Sort order; by name by default.") PersonOrder orderBy,
      @Description("Page size from the start or after the cursor (default 20, at most 100).")
          Integer first,
      @Description(PagingArguments.AFTER) String after,
      @Description("Page size counted back from the end or from the before cursor (at most 100).")
          Integer last,
      @Description(PagingArguments.BEFORE) String before) {
    return new PersonConnection(
        service.people(
            filter,
            orderBy,
            PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context))));
  }

  @Description("The country the person is a citizen or representative of; null if unknown.")
  public List<Country> country(@Source List<Person> people) {
    return Batches.resolve(people, Person::countryKey, countryService::byKeys, null);
  }

  @Description("Where the person lives, when a source says so.")
  public List<Location> residence(@Source List<Person> people) {
    return Batches.resolve(people, Person::residenceKey, locationService::byKeys, null);
  }

  @NonNull
  @Description(
      "The positions the person holds or held, by start date (roles with no known start last).")
  public List<@NonNull List<@NonNull PersonRole>> roles(@Source List<Person> people) {
    return Batches.resolve(people, Person::key, roleService::ofPeople, List.of());
  }

  @NonNull
  @Description("The organizations the person holds or held a role in, each once, by name.")
  public List<@NonNull List<@NonNull Organization>> organizations(@Source List<Person> people) {
    return Batches.resolve(people, Person::key, roleService::organizationsOfPeople, List.of());
  }

  @NonNull
  @Description("The people of this country, by name.")
  public List<@NonNull PersonConnection> people(
      @Source List<Country> countries,
      @Description(PagingArguments.FIRST) Integer first,
      @Description("Return people after this cursor.") String after,
      @Description(PagingArguments.LAST) Integer last,
      @Description("Return people before this cursor.") String before) {
    PageRequest request =
        PageRequest.of(first, after, last, before, Selection.wantsTotalCount(context));
    var pages = service.byCountries(Batches.keys(countries, Country::key), request);
    return Batches.byParent(countries, Country::key, pages, Page.<Person>empty(request)).stream()
        .map(PersonConnection::new)
        .toList();
  }

  @NonNull
  @Description("The people who live in this place, by name.")
  public List<@NonNull List<@NonNull Person>> residents(@Source List<Location> locations) {
    return Batches.resolve(locations, Location::key, service::residentsOf, List.of());
  }
}
