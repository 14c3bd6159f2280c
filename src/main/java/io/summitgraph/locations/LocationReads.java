package io.summitgraph.locations;

import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

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
            .toOne("parent", Location.TYPE, "parent_id"));
  }
}
