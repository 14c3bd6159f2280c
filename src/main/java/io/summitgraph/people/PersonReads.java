package io.summitgraph.people;

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
            .toOne("residence", "Location", "residence_id"),
        TypeReads.extend("Country")
            .paged(
                "people",
                PagedRead.of(
                    Person.TYPE,
                    (arguments, country) ->
                        PersonRepository.queryByCountry(country, arguments.page()))));
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
