package io.summitgraph.platform.documents;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("TrustedDocumentsRegisterPayload")
@Description("The outcome of trustedDocumentsRegister.")
public record TrustedDocumentsRegisterPayload(
    @NonNull @Description("Documents in the manifest.") int documents,
    @NonNull @Description("Documents this call made trusted (the others were already).")
        int registered,
    @NonNull @Description("Why nothing was registered; empty on success.")
        List<@NonNull UserError> userErrors) {

  static TrustedDocumentsRegisterPayload refused(List<UserError> errors) {
    return new TrustedDocumentsRegisterPayload(0, 0, errors);
  }
}
