package io.summitgraph.relationships;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Relationship")
@Description(
    "The state of the relationship between two parties (persons or countries) as the sources"
        + " state it: tense, cordial, productive; over a period when they give one.")
public record Relationship(
    @Ignore long key,
    @NonNull @Description("What the relationship is like.") RelationshipCharacter character,
    @NonNull @Description("The relationship's state, in a sentence.") String description,
    @Description("Since when it held; null when the sources do not say.") PartialDate since,
    @Description("Until when it held; null when the sources do not say or it still holds.")
        PartialDate until)
    implements Fact {

  public static final String TYPE = "Relationship";

  static Relationship from(RelationshipEntity entity) {
    return new Relationship(
        entity.id, entity.character, entity.description, entity.since, entity.until);
  }

  static Relationship from(RelationshipSideEntity entity) {
    return new Relationship(
        entity.id, entity.character, entity.description, entity.since, entity.until);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
