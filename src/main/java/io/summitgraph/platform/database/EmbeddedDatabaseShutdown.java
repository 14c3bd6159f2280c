package io.summitgraph.platform.database;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Ties the embedded PostgreSQL to the service's life: it is stopped as the service's last shutdown
 * step (also on SIGTERM, where the main thread never resumes), after the HTTP server has drained
 * in-flight requests.
 */
@ApplicationScoped
class EmbeddedDatabaseShutdown {

  void onStart(@Observes StartupEvent event) {
    EmbeddedDatabase.serviceStarted();
  }

  void onShutdown(@Observes @Priority(Integer.MAX_VALUE) ShutdownEvent event) {
    EmbeddedDatabase.serviceStopped();
  }
}
