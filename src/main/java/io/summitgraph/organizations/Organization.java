package io.summitgraph.organizations;

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

@Type("Organization")
@Description("A government body, news outlet, agency or other organization.")
public record Organization(
    @Ignore long key,
    @NonNull @Description("Name, e.g. Korean Central News Agency.") String name,
    @NonNull @Description("Other names and abbreviations, e.g. KCNA.")
        List<@NonNull String> aliases,
    @NonNull @Description("What kind of body it is.") OrganizationKind kind,
    @Description("What the organization is, in a sentence.") String description,
    @Ignore Long countryKey)
    implements Fact, Party, MentionSubject {

  public static final String TYPE = "Organization";

  /** The GraphQL view of a stored organization. */
  public static Organization from(OrganizationEntity entity) {
    return new Organization(
        entity.id,
        entity.name,
        List.of(entity.aliases),
        entity.kind,
        entity.description,
        entity.countryKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
