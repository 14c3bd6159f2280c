package io.summitgraph.quotes;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QuoteRecordPayload")
@Description("The result of quoteRecord: what changed, or why nothing did.")
public record QuoteRecordPayload(
    @Description("The quote recorded; null when refused.") Quote quote,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static QuoteRecordPayload done(Quote quote) {
    return new QuoteRecordPayload(quote, List.of());
  }

  public static QuoteRecordPayload refused(List<UserError> userErrors) {
    return new QuoteRecordPayload(null, userErrors);
  }
}
