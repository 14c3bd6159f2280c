package io.summitgraph.sources;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CitationDetachPayload")
@Description("The result of citationDetach: what changed, or why nothing did.")
public record CitationDetachPayload(
    @Description("The fact, with its remaining citations; null when refused.")
        io.summitgraph.common.graphql.Fact fact,
    @org.eclipse.microprofile.graphql.Id
        @Description("The ID the detached citation had; null when refused.")
        String detachedCitationId,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static CitationDetachPayload done(
      io.summitgraph.common.graphql.Fact fact, String detachedCitationId) {
    return new CitationDetachPayload(fact, detachedCitationId, List.of());
  }

  public static CitationDetachPayload refused(List<UserError> userErrors) {
    return new CitationDetachPayload(null, null, userErrors);
  }
}
