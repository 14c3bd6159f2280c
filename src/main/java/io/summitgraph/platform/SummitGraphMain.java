package io.summitgraph.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/** Starts the embedded PostgreSQL when no external database is configured, then the service. */
@QuarkusMain
public class SummitGraphMain {

  public static void main(String... args) {
    EmbeddedDatabase.startUnlessConfigured();
    try {
      Quarkus.run(args);
    } finally {
      EmbeddedDatabase.stopRunning();
    }
  }
}
