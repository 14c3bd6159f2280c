package io.summitgraph.platform.documents;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("TrustedDocumentsRegisterInput")
@Description("An app release's operations, to be trusted (README: Persisted queries).")
public record TrustedDocumentsRegisterInput(
    @NonNull
        @Description(
            "The persisted-query manifest as its JSON text: Apollo's"
                + " (apollo-persisted-query-manifest: operations with id and body) or Relay's"
                + " (an object of hash to document). Every hash must be the SHA-256 of its"
                + " document, in hex.")
        String manifest,
    @Description("A label for the release the documents belong to, such as ios-4.2.0.")
        String release) {}
