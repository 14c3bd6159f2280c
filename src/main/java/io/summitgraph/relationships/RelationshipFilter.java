package io.summitgraph.relationships;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("RelationshipFilter")
@Description("Conditions a relationship must meet; all given conditions apply.")
public record RelationshipFilter(
    @Description("What the relationship is like.") RelationshipCharacter character,
    @Id @Description("A person or country among its two parties.") String party) {

  /** The party ID, decoded; a well-formed ID of another type than a party is refused. */
  GlobalId partyId() {
    if (party == null) {
      return null;
    }
    GlobalId id = GlobalId.decode(party);
    if (!RelationshipCuration.PARTY_TYPES.contains(id.type())) {
      throw new BadUserInputException(
          "The party ID is a " + id.type() + ", expected a Person or Country");
    }
    return id;
  }
}
