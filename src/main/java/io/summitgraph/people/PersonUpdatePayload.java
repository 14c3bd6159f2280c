package io.summitgraph.people;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonUpdatePayload")
@Description("The result of personUpdate: what changed, or why nothing did.")
public record PersonUpdatePayload(
    @Description("The person as changed; null when refused.") Person person,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static PersonUpdatePayload done(Person person) {
    return new PersonUpdatePayload(person, List.of());
  }

  public static PersonUpdatePayload refused(List<UserError> userErrors) {
    return new PersonUpdatePayload(null, userErrors);
  }
}
