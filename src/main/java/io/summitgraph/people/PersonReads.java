package io.summitgraph.people;

import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads people, and the people of a country (platform/compiler). */
@ApplicationScoped
class PersonReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Person.TYPE, "person")
            .columns("name", "name", "aliases", "aliases", "description", "description")
            .toOne("country", "Country", "country_id")
            .toOne("residence", "Location", "residence_id")
            .list("roles", roles("person_id"))
            // Each organization once, by name (PersonRoleRepository.findOrganizationsOfPeople).
            .list(
                "organizations",
                ListRead.of(
                    "Organization",
                    "organization o",
                    "o",
                    "o.id in (select r.organization_id from person_role r"
                        + " where r.person_id = {row}.id)",
                    "o.name, o.id")),
        TypeReads.of(PersonRole.TYPE, "person_role")
            .column("title", "title")
            .partialDate("started", "started_on", "started_precision")
            .partialDate("ended", "ended_on", "ended_precision")
            .toOne("person", Person.TYPE, "person_id")
            .toOne("organization", "Organization", "organization_id")
            .toOne("country", "Country", "country_id"),
        TypeReads.extend("Country").list("roles", roles("country_id")),
        TypeReads.extend("Organization").list("members", roles("organization_id")),
        TypeReads.extend("Location")
            .list(
                "residents",
                ListRead.of(
                    Person.TYPE, "person p", "p", "p.residence_id = {row}.id", "p.name, p.id")),
        TypeReads.extend("Country")
            .paged(
                "people",
                PagedRead.of(
                    Person.TYPE,
                    (arguments, country) ->
                        PersonRepository.queryByCountry(country, arguments.page()))));
  }

  /** The roles whose {@code column} is the row's, by start date (PersonRoleRepository.BY_START). */
  private static ListRead roles(String column) {
    return ListRead.of(
        PersonRole.TYPE,
        "person_role r",
        "r",
        "r." + column + " = {row}.id",
        PersonRoleRepository.byStart("r"));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "people",
        PagedRead.of(
            Person.TYPE,
            (arguments, none) -> {
              PersonOrder order = arguments.input("orderBy", PersonOrder.class);
              return PersonRepository.query(
                  PersonCriteria.of(arguments.input("filter", PersonFilter.class)),
                  (order == null ? PersonOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
