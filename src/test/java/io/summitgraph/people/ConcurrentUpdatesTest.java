package io.summitgraph.people;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.CurationTest;
import io.summitgraph.testing.GraphQL;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Several curators update one person at the same time, each from the version they read: no update
 * is lost. In every round all threads read first, then all write, so all but one write in a round
 * are stale.
 */
@QuarkusTest
class ConcurrentUpdatesTest extends CurationTest {

  static final int THREADS = 8;
  static final int ROUNDS = 6;

  /** One attempt's outcome: the name it wrote, and the version it produced (-1 on CONFLICT). */
  record Attempt(String name, int version, String code) {}

  @Test
  void concurrentUpdatesOfOnePersonLoseNothing() throws Exception {
    String id = fixture.person("Concurrent Person");
    int initialVersion = node(id).getInt("node.version");
    CyclicBarrier barrier = new CyclicBarrier(THREADS);
    ExecutorService pool = Executors.newFixedThreadPool(THREADS);
    List<Future<List<Attempt>>> futures = new ArrayList<>();
    long started = System.nanoTime();
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      futures.add(
          pool.submit(
              () -> {
                List<Attempt> attempts = new ArrayList<>();
                for (int round = 0; round < ROUNDS; round++) {
                  int read = node(id).getInt("node.version");
                  barrier.await(30, TimeUnit.SECONDS);
                  String name = "Concurrent Person " + thread + "-" + round;
                  JsonPath data =
                      GraphQL.document("curation/person-update")
                          .asCurator()
                          .variable("input", Map.of("person", id, "version", read, "name", name))
                          .data();
                  List<String> codes = data.getList("personUpdate.userErrors.code");
                  attempts.add(
                      codes.isEmpty()
                          ? new Attempt(name, data.getInt("personUpdate.person.version"), null)
                          : new Attempt(name, -1, String.join(",", codes)));
                  barrier.await(30, TimeUnit.SECONDS);
                }
                return attempts;
              }));
    }
    List<Attempt> all = new ArrayList<>();
    for (Future<List<Attempt>> future : futures) {
      all.addAll(future.get(120, TimeUnit.SECONDS));
    }
    pool.shutdown();
    long millis = (System.nanoTime() - started) / 1_000_000;

    List<Attempt> successes = all.stream().filter(a -> a.code() == null).toList();
    List<Attempt> refused = all.stream().filter(a -> a.code() != null).toList();
    JsonPath last = GraphQL.document("curation/person").variable("id", id).data();
    int finalVersion = last.getInt("node.version");
    Attempt lastWrite =
        successes.stream().max(java.util.Comparator.comparingInt(Attempt::version)).orElseThrow();
    System.out.printf(
        "Concurrent updates: %d threads x %d rounds = %d attempts in %d ms: %d succeeded, %d CONFLICT;"
            + " version %d -> %d%n",
        THREADS,
        ROUNDS,
        all.size(),
        millis,
        successes.size(),
        refused.size(),
        initialVersion,
        finalVersion);

    assertThat(all).hasSize(THREADS * ROUNDS);
    assertThat(refused).extracting(Attempt::code).containsOnly("CONFLICT");
    assertThat(successes).hasSize(ROUNDS);
    assertThat(finalVersion - initialVersion).isEqualTo(successes.size());
    assertThat(successes).extracting(Attempt::version).doesNotHaveDuplicates();
    assertThat(last.getString("node.name")).isEqualTo(lastWrite.name());
  }
}
