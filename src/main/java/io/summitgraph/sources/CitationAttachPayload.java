package io.summitgraph.sources;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CitationAttachPayload")
@Description("The result of citationAttach: what changed, or why nothing did.")
public record CitationAttachPayload(
    @Description("The new citation; null when refused.") Citation citation,
    @Description("The fact it supports; null when refused.")
        io.summitgraph.common.graphql.Fact fact,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static CitationAttachPayload done(
      Citation citation, io.summitgraph.common.graphql.Fact fact) {
    return new CitationAttachPayload(citation, fact, List.of());
  }

  public static CitationAttachPayload refused(List<UserError> userErrors) {
    return new CitationAttachPayload(null, null, userErrors);
  }
}
