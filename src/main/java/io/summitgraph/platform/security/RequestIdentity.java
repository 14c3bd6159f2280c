package io.summitgraph.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticator;
import io.quarkus.vertx.http.runtime.security.QuarkusHttpUser;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;

/**
 * Who sent a request, for the routes that run before Quarkus's lazy authentication has set up the
 * request's identity (persisted documents, client budgets): its bearer token is authenticated here,
 * once per request (Quarkus keeps the result).
 */
@ApplicationScoped
public class RequestIdentity {

  @Inject Instance<HttpAuthenticator> authenticator;

  /** The caller's identity; null when it sent no valid token (anonymous). Never fails. */
  public Future<SecurityIdentity> of(RoutingContext ctx) {
    Uni<SecurityIdentity> deferred = ctx.get(QuarkusHttpUser.DEFERRED_IDENTITY_KEY);
    Uni<SecurityIdentity> identity =
        deferred != null ? deferred : authenticator.get().attemptAuthentication(ctx);
    Promise<SecurityIdentity> caller = Promise.promise();
    identity
        .subscribe()
        .with(
            id -> caller.tryComplete(id == null || id.isAnonymous() ? null : id),
            failure -> caller.tryComplete(null));
    return caller.future();
  }
}
