package io.summitgraph.bench;

import io.quarkus.hibernate.orm.PersistenceUnitExtension;
import io.summitgraph.platform.observability.SqlStatementInspector;
import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements the service sends, so tests and the benchmark can prove that a query's
 * cost does not grow with page size or data (no N+1). Tests can also record the statements' texts,
 * to prove that they do not vary with the data either (see {@link #textsDuring}).
 *
 * <p>Not in the production artifact: {@code src/bench/java} is compiled with the tests, and into
 * the application only by the Maven profile {@code bench} (which {@code bench/run} builds with).
 * Where it is present it replaces the production statement inspector (an enabled alternative) and
 * still does that one's work.
 */
@Alternative
@Priority(1)
@PersistenceUnitExtension
public class SqlStatementCounter extends SqlStatementInspector {

  private static final AtomicLong COUNT = new AtomicLong();

  /** The texts being recorded, or null: outside a recording, a volatile read per statement. */
  private static volatile List<String> recording;

  @Override
  public String inspect(String sql) {
    COUNT.incrementAndGet();
    String inspected = super.inspect(sql);
    List<String> texts = recording;
    if (texts != null) {
      texts.add(sql);
    }
    return inspected;
  }

  /** Statements sent since the service started. */
  public static long count() {
    return COUNT.get();
  }

  /**
   * The texts of the statements sent while {@code work} runs, in order; one recording at a time.
   */
  public static synchronized List<String> textsDuring(Callable<?> work) throws Exception {
    List<String> texts = Collections.synchronizedList(new ArrayList<>());
    recording = texts;
    try {
      work.call();
    } finally {
      recording = null;
    }
    return List.copyOf(texts);
  }
}
