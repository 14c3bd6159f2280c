package io.summitgraph.platform.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.smallrye.jwt.runtime.auth.JWTAuthMechanism;
import io.quarkus.smallrye.jwt.runtime.auth.SmallRyeJwtConfig;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.time.Instant;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

/**
 * Quarkus's JWT bearer mechanism, except that a token which fails verification (expired, signed by
 * an unknown key, garbled) leaves the caller anonymous instead of ending the request with a bare
 * HTTP 401: public reads still answer, and a mutation reports {@code UNAUTHENTICATED} as a GraphQL
 * error like any other. A token that verifies but breaks the service's {@link TokenRules} is
 * refused the same way.
 */
@Alternative
@Priority(1)
@Singleton
public class BearerTokens extends JWTAuthMechanism {

  private static final Logger LOG = Logger.getLogger(BearerTokens.class);

  /** Request attribute set when a token was sent but refused; the error message mentions it. */
  public static final String REFUSED = "summitgraph.bearer-token-refused";

  private final TokenRules rules;

  @Inject
  public BearerTokens(SmallRyeJwtConfig config, TokenRules rules) {
    super(config);
    this.rules = rules;
  }

  @Override
  public Uni<SecurityIdentity> authenticate(
      RoutingContext context, IdentityProviderManager identityProviderManager) {
    return super.authenticate(context, identityProviderManager)
        .map(
            identity -> {
              if (identity != null
                  && identity.getPrincipal() instanceof JsonWebToken token
                  && rules.violation(token, Instant.now()).isPresent()) {
                LOG.debugf("Bearer token refused: %s", rules.violation(token, Instant.now()).get());
                context.put(REFUSED, Boolean.TRUE);
                return null;
              }
              return identity;
            })
        .onFailure(AuthenticationFailedException.class)
        .recoverWithItem(
            () -> {
              context.put(REFUSED, Boolean.TRUE);
              return null;
            });
  }
}
