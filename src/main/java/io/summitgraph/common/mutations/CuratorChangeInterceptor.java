package io.summitgraph.common.mutations;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import jakarta.persistence.EntityManager;

/**
 * Runs a {@link CuratorChange} in a transaction (joining one already open), names the curator for
 * the database's audit triggers (a transaction-local setting read by {@code sg_actor()}), and
 * checks the deferred rules (every fact keeps a citation) before returning, so that a violation is
 * reported as a user error rather than a failed commit.
 */
@CuratorChange
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class CuratorChangeInterceptor {

  @Inject SecurityIdentity identity;
  @Inject EntityManager entityManager;

  @AroundInvoke
  Object change(InvocationContext context) {
    return QuarkusTransaction.joiningExisting()
        .call(
            () -> {
              entityManager
                  .createNativeQuery("select set_config('summitgraph.actor', :actor, true)")
                  .setParameter("actor", actor())
                  .getSingleResult();
              Object result = context.proceed();
              entityManager.flush();
              entityManager.createNativeQuery("set constraints all immediate").executeUpdate();
              return result;
            });
  }

  private String actor() {
    if (identity == null || identity.isAnonymous()) {
      // Mutations require a curator; a change made outside one (a test fixture, a command) says so.
      return "system";
    }
    return identity.getPrincipal().getName();
  }
}
