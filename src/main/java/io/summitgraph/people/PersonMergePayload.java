package io.summitgraph.people;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonMergePayload")
@Description("The result of personMerge: what changed, or why nothing did.")
public record PersonMergePayload(
    @Description("The surviving person, with the merged one's names as aliases; null when refused.")
        Person person,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static PersonMergePayload done(Person person) {
    return new PersonMergePayload(person, List.of());
  }

  public static PersonMergePayload refused(List<UserError> userErrors) {
    return new PersonMergePayload(null, userErrors);
  }
}
