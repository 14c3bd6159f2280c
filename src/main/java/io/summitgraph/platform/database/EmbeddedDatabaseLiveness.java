package io.summitgraph.platform.database;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * Liveness is DOWN once the embedded PostgreSQL died and could not be started again: this instance
 * cannot serve any more and must be replaced. While it is being restarted, readiness (the
 * datasource check) says the instance cannot serve for now. With an external database, always UP.
 */
@Liveness
@ApplicationScoped
class EmbeddedDatabaseLiveness implements HealthCheck {

  @Override
  public HealthCheckResponse call() {
    EmbeddedDatabaseSupervisor.State state = EmbeddedDatabaseSupervisor.state();
    return HealthCheckResponse.named("embedded-database")
        .status(state != EmbeddedDatabaseSupervisor.State.FAILED)
        .withData("state", state.name())
        .build();
  }
}
