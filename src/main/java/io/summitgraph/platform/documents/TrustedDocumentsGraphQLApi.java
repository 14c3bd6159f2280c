package io.summitgraph.platform.documents;

import io.summitgraph.common.mutations.Mutations;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import java.sql.SQLException;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class TrustedDocumentsGraphQLApi {

  @Inject TrustedDocuments documents;

  @Mutation
  @NonNull
  @RolesAllowed("curator")
  @Description(
      "Registers an app release's operations as trusted documents, from its persisted-query"
          + " manifest. Clients then run them by documentId, and with registered-only mode on"
          + " (summitgraph.documents.registered-only) anonymous callers run nothing else.")
  public TrustedDocumentsRegisterPayload trustedDocumentsRegister(
      @NonNull @Description("The manifest and its release.") TrustedDocumentsRegisterInput input) {
    return Mutations.attempt(
        () -> {
          try {
            return documents.register(input);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        },
        TrustedDocumentsRegisterPayload::refused);
  }
}
