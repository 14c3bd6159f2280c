package io.summitgraph.countries;

import io.summitgraph.common.graphql.CacheControl;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.graphql.MentionSubject;
import io.summitgraph.common.graphql.Party;
import io.summitgraph.common.ids.GlobalId;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Country")
@CacheControl(maxAge = 3600)
@Description("A sovereign state, identified by its ISO 3166-1 alpha-3 code.")
public record Country(
    @Ignore long key,
    @NonNull @Description("ISO 3166-1 alpha-3 code, e.g. PRK.") String isoCode,
    @NonNull @Description("Common English name, e.g. North Korea.") String name,
    @NonNull @Description("Other names the sources use, e.g. U.S.") List<@NonNull String> aliases)
    implements Fact, Party, MentionSubject {

  public static final String TYPE = "Country";

  static Country from(CountryEntity entity) {
    return new Country(entity.id, entity.isoCode, entity.name, List.of(entity.aliases));
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
