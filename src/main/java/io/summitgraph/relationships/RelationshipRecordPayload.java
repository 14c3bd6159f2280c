package io.summitgraph.relationships;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("RelationshipRecordPayload")
@Description("The result of relationshipRecord: what changed, or why nothing did.")
public record RelationshipRecordPayload(
    @Description("The relationship recorded; null when refused.") Relationship relationship,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static RelationshipRecordPayload done(Relationship relationship) {
    return new RelationshipRecordPayload(relationship, List.of());
  }

  public static RelationshipRecordPayload refused(List<UserError> userErrors) {
    return new RelationshipRecordPayload(null, userErrors);
  }
}
