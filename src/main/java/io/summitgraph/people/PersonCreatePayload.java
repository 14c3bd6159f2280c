package io.summitgraph.people;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonCreatePayload")
@Description("The result of personCreate: what changed, or why nothing did.")
public record PersonCreatePayload(
    @Description("The person recorded; null when refused.") Person person,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static PersonCreatePayload done(Person person) {
    return new PersonCreatePayload(person, List.of());
  }

  public static PersonCreatePayload refused(List<UserError> userErrors) {
    return new PersonCreatePayload(null, userErrors);
  }
}
