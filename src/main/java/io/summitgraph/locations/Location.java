package io.summitgraph.locations;

import io.summitgraph.common.graphql.CacheControl;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.graphql.MentionSubject;
import io.summitgraph.common.ids.GlobalId;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Location")
@CacheControl(maxAge = 3600)
@Description("A place of any size: a region, state, city, venue, site, facility or farm.")
public record Location(
    @Ignore long key,
    @NonNull @Description("Name, e.g. Punggye-ri nuclear test site.") String name,
    @NonNull @Description("Other spellings the sources use, e.g. Punggye-Ri nuclear site.")
        List<@NonNull String> aliases,
    @NonNull @Description("What kind of place it is.") LocationKind kind,
    @Description("What the place is, in a sentence.") String description,
    @Description("Where the place is; null when no source gives its position.")
        Coordinates coordinates,
    @Ignore Long countryKey,
    @Ignore Long parentKey)
    implements Fact, MentionSubject {

  public static final String TYPE = "Location";

  static Location from(LocationEntity entity) {
    return new Location(
        entity.id,
        entity.name,
        List.of(entity.aliases),
        entity.kind,
        entity.description,
        Coordinates.ofNullable(entity.latitude, entity.longitude),
        entity.countryKey,
        entity.parentKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
