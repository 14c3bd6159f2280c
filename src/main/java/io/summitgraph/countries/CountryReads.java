package io.summitgraph.countries;

import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads countries (platform/compiler). */
@ApplicationScoped
class CountryReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Country.TYPE, "country")
            .columns("name", "name", "isoCode", "iso_code", "aliases", "aliases"));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "countries",
        PagedRead.of(
            Country.TYPE,
            (arguments, none) -> {
              CountryOrder order = arguments.input("orderBy", CountryOrder.class);
              return CountryRepository.query(
                  CountryCriteria.of(arguments.input("filter", CountryFilter.class)),
                  (order == null ? CountryOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
