package io.summitgraph.people;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonRole")
@Description("A position a person holds or held, e.g. U.S. Secretary of State.")
public record PersonRole(
    @Ignore long key,
    @NonNull @Description("The title of the position.") String title,
    @Description("When the person took it up, if known.") PartialDate started,
    @Description("When the person left it, if known and over.") PartialDate ended,
    @Ignore Long personKey,
    @Ignore Long organizationKey,
    @Ignore Long countryKey)
    implements Fact {

  public static final String TYPE = "PersonRole";

  static PersonRole from(PersonRoleEntity entity) {
    return new PersonRole(
        entity.id,
        entity.title,
        entity.started,
        entity.ended,
        entity.personKey,
        entity.organizationKey,
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
