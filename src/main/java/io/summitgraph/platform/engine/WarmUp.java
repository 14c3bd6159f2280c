package io.summitgraph.platform.engine;

import graphql.schema.GraphQLSchema;
import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.HttpServer;
import io.quarkus.vertx.http.HttpServerStart;
import io.vertx.core.json.JsonObject;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.ObservesAsync;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Readiness stays DOWN until the service has run its hot paths: once the HTTP server listens, the
 * representative operations in {@code warm-up/} (a detail page, a home screen, search, nodes by ID,
 * profile pages, and the mistakes clients make) are sent to it over loopback HTTP, a few at once so
 * several pooled connections prepare their statements, round after round until a round is no longer
 * faster than the best before it (the latencies have settled: {@link #minRounds} rounds at least,
 * {@link #rounds} at most). The first real request then finds classes loaded, documents parsed and
 * cached, statements prepared and the JIT started, instead of paying for all that itself (seconds,
 * before the warm-up existed).
 */
@Readiness
@ApplicationScoped
class WarmUp implements HealthCheck {

  private static final Logger LOG = Logger.getLogger(WarmUp.class);

  /** Rounds in a row no faster than the best before them, after which latencies have settled. */
  static final int SETTLED_AFTER = 2;

  /** A round faster than the best before it by less than this share does not count as faster. */
  static final double SETTLED_GAIN = 0.1;

  private static final List<String> DOCUMENTS =
      List.of(
          "1-summit-detail",
          "2-home-screen",
          "3-search",
          "4-node-by-id",
          "5-mistakes",
          "6-invalid",
          "7-profile-pages");

  @ConfigProperty(name = "summitgraph.warm-up.enabled", defaultValue = "true")
  boolean enabled;

  /** The most rounds of the representative documents (the first, cold one included). */
  @ConfigProperty(name = "summitgraph.warm-up.rounds", defaultValue = "30")
  int rounds;

  /**
   * The fewest rounds: from then on the warm-up stops once {@link #SETTLED_AFTER} rounds in a row
   * were no faster than the best earlier one (by {@link #SETTLED_GAIN}).
   */
  @ConfigProperty(name = "summitgraph.warm-up.min-rounds", defaultValue = "3")
  int minRounds;

  @ConfigProperty(name = "summitgraph.warm-up.concurrency", defaultValue = "4")
  int concurrency;

  @ConfigProperty(name = "summitgraph.warm-up.coverage-rounds", defaultValue = "1")
  int coverageRounds;

  /**
   * The longest the warm-up may hold readiness back: on a large database a representative request
   * can take seconds, and a service that is not ready serves no one.
   */
  @ConfigProperty(name = "summitgraph.warm-up.time-budget", defaultValue = "15s")
  Duration timeBudget;

  @Inject Instance<HttpServer> server;
  @Inject GraphQLCustomization engine;

  private volatile boolean done;

  /**
   * Set once the service shuts down or answers 503 (its drain starts before the shutdown event):
   * the warm-up stops, and what it hears then is no problem.
   */
  private volatile boolean stopping;

  private volatile String outcome = "not started";

  void onShutdown(@Observes ShutdownEvent event) {
    stopping = true;
  }

  void onListening(@ObservesAsync HttpServerStart started) {
    if (!enabled || LaunchMode.current() == LaunchMode.DEVELOPMENT) {
      done = true;
      outcome = !enabled ? "off (summitgraph.warm-up.enabled)" : "skipped in dev mode";
      return;
    }
    String host = started.options().getHost();
    String address =
        host == null || host.equals("0.0.0.0") || host.equals("::") ? "127.0.0.1" : host;
    int configured = started.options().getPort();
    Thread thread =
        new Thread(
            () -> {
              int port = configured > 0 ? configured : boundPort();
              if (port <= 0) {
                outcome = "skipped: no HTTP port known";
                done = true;
                return;
              }
              run(URI.create("http://" + address + ":" + port + "/graphql"));
            },
            "warm-up");
    thread.setDaemon(true);
    thread.start();
  }

  /** The port a random one (0) became: Quarkus records it once it is bound. */
  private int boundPort() {
    String property =
        LaunchMode.current() == LaunchMode.TEST ? "quarkus.http.test-port" : "quarkus.http.port";
    for (int i = 0; i < 100; i++) {
      int port = server.isResolvable() ? server.get().getPort() : 0;
      if (port <= 0) {
        String recorded = System.getProperty(property);
        port = recorded == null ? 0 : Integer.parseInt(recorded);
      }
      if (port > 0) {
        return port;
      }
      try {
        Thread.sleep(100);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return 0;
      }
    }
    return 0;
  }

  private void run(URI endpoint) {
    long started = System.nanoTime();
    long deadline = started + timeBudget.toNanos();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    List<String> problems = new ArrayList<>();
    int[] sent = new int[1];
    List<String> bodies = DOCUMENTS.stream().map(WarmUp::body).toList();
    // Each representative document once from each thread (which also builds the engine), then
    // every other field once (the threads share them out: what they load, a class or a compiled
    // statement, is loaded once for all), then the representative documents' further rounds for
    // the JIT until their latencies settle, all within the budget.
    boolean complete = send(http, endpoint, DOCUMENTS, bodies, 1, deadline, sent, problems);
    long firstRound = System.nanoTime();
    GraphQLSchema schema = engine.servedSchema();
    List<String> coverage = schema == null ? List.of() : WarmUpCoverage.documents(schema);
    List<String> coverageBodies =
        coverage.stream()
            .map(document -> new JsonObject().put("query", document).encode())
            .toList();
    List<String> coverageNames =
        coverage.stream().map(document -> "coverage: " + abbreviate(document)).toList();
    complete =
        complete
            && send(
                http,
                endpoint,
                coverageNames,
                coverageBodies,
                coverageRounds,
                true,
                deadline,
                sent,
                problems);
    long coverageDone = System.nanoTime();
    List<Long> roundMillis = new ArrayList<>();
    long best = Long.MAX_VALUE;
    int slower = 0;
    int round = 1;
    boolean settled = false;
    while (complete && round < rounds && !stopping) {
      long roundStarted = System.nanoTime();
      complete = send(http, endpoint, DOCUMENTS, bodies, 1, deadline, sent, problems);
      long took = System.nanoTime() - roundStarted;
      round++;
      roundMillis.add(TimeUnit.NANOSECONDS.toMillis(took));
      slower = took < best * (1 - SETTLED_GAIN) ? 0 : slower + 1;
      best = Math.min(best, took);
      if (complete && round >= minRounds && slower >= SETTLED_AFTER && round < rounds) {
        settled = true;
        break;
      }
    }
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    outcome =
        sent[0]
            + " requests in "
            + millis
            + " ms ("
            + coverage.size()
            + " generated to reach every field"
            + (settled ? "; latencies settled after " + round + " of " + rounds + " rounds" : "")
            + (complete ? "" : "; stopped at the time budget, " + timeBudget)
            + ")"
            + (problems.isEmpty() ? "" : ", " + problems);
    if (!problems.isEmpty()) {
      LOG.warnf("Warm-up: unexpected answers: %s", problems);
    }
    LOG.infof(
        "Warm-up phases: first round %d ms, coverage %d ms, %d more rounds (ms: %s)",
        TimeUnit.NANOSECONDS.toMillis(firstRound - started),
        TimeUnit.NANOSECONDS.toMillis(coverageDone - firstRound),
        roundMillis.size(),
        roundMillis);
    LOG.infof("Warmed up: %s", outcome);
    done = true;
  }

  /**
   * Sends every document {@code rounds} times from each of {@link #concurrency} threads; false if
   * the deadline came first (or the thread was interrupted).
   */
  private boolean send(
      HttpClient http,
      URI endpoint,
      List<String> names,
      List<String> bodies,
      int rounds,
      long deadline,
      int[] sent,
      List<String> problems) {
    return send(http, endpoint, names, bodies, rounds, false, deadline, sent, problems);
  }

  /**
   * Sends every document {@code rounds} times from {@link #concurrency} threads: from each of them,
   * or, if {@code shared}, from one of them (the threads share the documents out).
   */
  private boolean send(
      HttpClient http,
      URI endpoint,
      List<String> names,
      List<String> bodies,
      int rounds,
      boolean shared,
      long deadline,
      int[] sent,
      List<String> problems) {
    List<Thread> workers = new ArrayList<>();
    boolean[] late = new boolean[1];
    for (int w = 0; w < concurrency; w++) {
      int first = shared ? w : 0;
      int step = shared ? concurrency : 1;
      Thread worker =
          new Thread(
              () -> {
                for (int round = 0; round < rounds; round++) {
                  for (int d = first; d < bodies.size(); d += step) {
                    if (stopping) {
                      return;
                    }
                    if (System.nanoTime() - deadline > 0) {
                      synchronized (sent) {
                        late[0] = true;
                      }
                      return;
                    }
                    String problem = send(http, endpoint, bodies.get(d), names.get(d), deadline);
                    if (stopping) {
                      return; // answered while shutting down (a 503, say): not the warm-up's
                      // concern
                    }
                    synchronized (sent) {
                      sent[0]++;
                      if (problem != null && problems.size() < 5) {
                        problems.add(problem);
                      }
                    }
                  }
                }
              },
              "warm-up-" + w);
      worker.start();
      workers.add(worker);
    }
    for (Thread worker : workers) {
      try {
        worker.join();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return false;
      }
    }
    synchronized (sent) {
      return !late[0];
    }
  }

  /** Sends one document; returns what was unexpected about the answer, or null. */
  private String send(HttpClient http, URI endpoint, String body, String name, long deadline) {
    try {
      HttpResponse<String> response =
          http.send(
              HttpRequest.newBuilder(endpoint)
                  // No later than the deadline (a request cut short is reported as unexpected).
                  .timeout(Duration.ofNanos(Math.max(deadline - System.nanoTime(), 1_000_000_000L)))
                  .header("Content-Type", "application/json")
                  .POST(HttpRequest.BodyPublishers.ofString(body))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      if (response.statusCode() == 503) {
        // The service is draining for shutdown (or shedding load): no time to warm up.
        stopping = true;
        return null;
      }
      JsonObject answer = new JsonObject(response.body());
      boolean mistake = name.startsWith("5-") || name.startsWith("6-");
      boolean failed = answer.getJsonArray("errors") != null;
      if (response.statusCode() != 200 || failed != mistake) {
        return name + ": HTTP " + response.statusCode() + " " + abbreviate(response.body());
      }
      if (failed && response.body().contains("INTERNAL_SERVER_ERROR")) {
        return name + ": " + abbreviate(response.body());
      }
      return null;
    } catch (HttpTimeoutException e) {
      // Cut short by the time budget: the warm-up stops there, nothing went wrong.
      return System.nanoTime() - deadline >= 0 ? null : name + ": " + e;
    } catch (IOException | RuntimeException e) {
      return name + ": " + e;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return name + ": interrupted";
    }
  }

  private static String body(String name) {
    try (InputStream in = WarmUp.class.getResourceAsStream("/warm-up/" + name + ".graphql")) {
      return new JsonObject()
          .put("query", new String(in.readAllBytes(), StandardCharsets.UTF_8))
          .encode();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 300 ? text.substring(0, 300) + "…" : text;
  }

  @Override
  public HealthCheckResponse call() {
    return HealthCheckResponse.named("warm-up").status(done).withData("outcome", outcome).build();
  }
}
