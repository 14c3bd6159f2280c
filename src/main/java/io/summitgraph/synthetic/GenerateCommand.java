package io.summitgraph.synthetic;

import io.quarkus.runtime.QuarkusApplication;
import jakarta.inject.Inject;
import java.sql.Connection;
import javax.sql.DataSource;

/**
 * {@code java -jar quarkus-run.jar generate <scale>}: loads the synthetic dataset at that scale
 * into the configured database (the embedded one by default, migrated first), then exits.
 */
public class GenerateCommand implements QuarkusApplication {

  @Inject DataSource dataSource;

  @Override
  public int run(String... args) throws Exception {
    if (args.length != 2) {
      System.err.println("usage: generate <scale>   (scale 1 is about 100,000 rows)");
      return 2;
    }
    double scale;
    try {
      scale = Double.parseDouble(args[1]);
    } catch (NumberFormatException e) {
      System.err.println("The scale must be a number: " + args[1]);
      return 2;
    }
    SyntheticData data;
    try {
      data = new SyntheticData(scale);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      return 2;
    }
    try (Connection connection = dataSource.getConnection()) {
      SyntheticData.Result result = data.load(connection);
      System.out.printf(
          "Loaded synthetic data at scale %s: %,d rows (%s) in %.1f s%n",
          scale, result.counts().rows(), result.counts(), result.millis() / 1000.0);
      return 0;
    } catch (IllegalStateException e) {
      System.err.println(e.getMessage());
      return 1;
    }
  }
}
