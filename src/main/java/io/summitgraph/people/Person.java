package io.summitgraph.people;

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

@Type("Person")
@Description("A named person, with the other spellings the sources use.")
public record Person(
    @Ignore long key,
    @NonNull @Description("Full name as most commonly written, e.g. Kim Jong Un.") String name,
    @NonNull
        @Description("Other spellings and forms of the name the sources use, e.g. Kim Jong-Un.")
        List<@NonNull String> aliases,
    @Description("Who the person is, in a sentence.") String description,
    @Ignore Long countryKey,
    @Ignore Long residenceKey)
    implements Fact, Party, MentionSubject {

  public static final String TYPE = "Person";

  static Person from(PersonEntity entity) {
    return new Person(
        entity.id,
        entity.name,
        List.of(entity.aliases),
        entity.description,
        entity.countryKey,
        entity.residenceKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
