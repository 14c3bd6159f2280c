package io.summitgraph.sources;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceIngestPayload")
@Description("The outcome of sourceIngest.")
public record SourceIngestPayload(
    @Description("The stored source (new or already there); null when refused.") Source source,
    @NonNull
        @Description(
            "Whether this call stored the source; false when the same text was already stored.")
        boolean created,
    @NonNull @Description("Why nothing was stored; empty on success.")
        List<@NonNull UserError> userErrors) {

  static SourceIngestPayload done(SourceIngestService.Ingested ingested) {
    return new SourceIngestPayload(ingested.source(), ingested.created(), List.of());
  }

  static SourceIngestPayload refused(List<UserError> errors) {
    return new SourceIngestPayload(null, false, errors);
  }
}
