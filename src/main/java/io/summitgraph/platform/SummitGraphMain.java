package io.summitgraph.platform;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.summitgraph.synthetic.GenerateCommand;

/**
 * Starts the embedded PostgreSQL when no external database is configured, then the service; with
 * the arguments {@code generate <scale>}, loads the synthetic benchmark dataset instead and exits.
 */
@QuarkusMain
public class SummitGraphMain {

  public static void main(String... args) {
    EmbeddedDatabase.startUnlessConfigured();
    try {
      if (args.length > 0 && "generate".equals(args[0])) {
        // A one-shot command: it must not take the service's HTTP port.
        if (EmbeddedDatabase.setting("quarkus.http.port").isEmpty()) {
          System.setProperty("quarkus.http.port", "0");
        }
        Quarkus.run(GenerateCommand.class, args);
      } else {
        Quarkus.run(args);
      }
    } finally {
      EmbeddedDatabase.stopRunning();
    }
  }
}
