package io.summitgraph.locations;

import io.summitgraph.platform.compiler.Arguments;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads locations (platform/compiler). */
@ApplicationScoped
class LocationReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Location.TYPE, "location")
            .columns(
                "name", "name",
                "aliases", "aliases",
                "kind", "kind",
                "description", "description")
            .toOne("country", "Country", "country_id")
            .toOne("parent", Location.TYPE, "parent_id")
            // Both or neither are known (Coordinates.ofNullable).
            .field(
                "coordinates",
                new FieldRead.Embedded(
                    "{row}.latitude is null or {row}.longitude is null",
                    Map.of(
                        "latitude", new FieldRead.Value("{row}.latitude"),
                        "longitude", new FieldRead.Value("{row}.longitude"))))
            // The places directly inside, by name then id (LocationRepository.findChildren).
            .list(
                "children",
                ListRead.of(
                    Location.TYPE, "location c", "c", "c.parent_id = {row}.id", "c.name, c.id")),
        // The places in the country, of one kind if given, by name then id
        // (LocationRepository.findInCountries).
        TypeReads.extend("Country").list("locations", LocationReads::inCountry));
  }

  private static ListRead inCountry(Arguments arguments) {
    String kind = arguments.name("kind");
    String inCountry = "c.country_id = {row}.id";
    if (kind == null) {
      return ListRead.of(Location.TYPE, "location c", "c", inCountry, "c.name, c.id");
    }
    return new ListRead(
        Location.TYPE,
        "location c",
        "c",
        inCountry + " and c.kind = :kind",
        "c.name, c.id",
        Map.of("kind", kind));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "locations",
        PagedRead.of(
            Location.TYPE,
            (arguments, none) -> {
              LocationOrder order = arguments.input("orderBy", LocationOrder.class);
              return LocationRepository.query(
                  LocationCriteria.of(arguments.input("filter", LocationFilter.class)),
                  (order == null ? LocationOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
