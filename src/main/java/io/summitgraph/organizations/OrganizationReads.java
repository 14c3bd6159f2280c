package io.summitgraph.organizations;

import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads organizations (platform/compiler). */
@ApplicationScoped
class OrganizationReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Organization.TYPE, "organization")
            .columns(
                "name", "name",
                "aliases", "aliases",
                "kind", "kind",
                "description", "description")
            .toOne("country", "Country", "country_id"),
        // By name then id (OrganizationRepository.findInCountries).
        TypeReads.extend("Country")
            .list(
                "organizations",
                ListRead.of(
                    Organization.TYPE,
                    "organization o",
                    "o",
                    "o.country_id = {row}.id",
                    "o.name, o.id")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "organizations",
        PagedRead.of(
            Organization.TYPE,
            (arguments, none) -> {
              OrganizationOrder order = arguments.input("orderBy", OrganizationOrder.class);
              return OrganizationRepository.query(
                  OrganizationCriteria.of(arguments.input("filter", OrganizationFilter.class)),
                  (order == null ? OrganizationOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
