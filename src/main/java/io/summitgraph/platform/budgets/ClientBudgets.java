package io.summitgraph.platform.budgets;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jboss.logging.Logger;

/**
 * Per-client cost budgets: a leaky bucket per client (a verified token's subject, else the address)
 * that fills with the cost of its operations and drains at {@link Settings#refillPerSecond()}. An
 * operation is admitted when its requested (estimated) cost fits in what is left of {@link
 * Settings#capacity()}; it reserves that cost, and when it has run the reservation is replaced by
 * its actual cost. An operation that does not fit is refused with {@code RATE_LIMITED} and the
 * seconds after which it would fit.
 *
 * <p>The buckets are shared by every instance through PostgreSQL (table {@code client_budget}):
 * each instance decides from its own copy of a bucket (no statement per request) and, every {@link
 * Settings#syncInterval()}, adds what its clients spent since the last sync to the shared level and
 * takes the shared level back. A client spread over several instances therefore drains one bucket;
 * it can overspend by at most what it spends on the other instances within one sync interval. When
 * the database cannot be reached the instances go on deciding from their own copies.
 */
@ApplicationScoped
public class ClientBudgets {

  private static final Logger LOG = Logger.getLogger(ClientBudgets.class);

  /** The bucket shared by the clients that arrive while {@link Settings#trackedClients()} are. */
  static final String OVERFLOW = "overflow:";

  /** How often (in syncs) buckets drained long ago are deleted from the shared table. */
  private static final int SYNCS_PER_CLEANUP = 240;

  /** Settings under {@code summitgraph.budget}. */
  @ConfigMapping(prefix = "summitgraph.budget")
  public interface Settings {
    /** Whether operations are charged to their client's budget at all. */
    @WithDefault("true")
    boolean enabled();

    /**
     * The most cost a client may spend at once (at least the cost limit, so any one operation
     * fits).
     */
    @WithDefault("100000")
    long capacity();

    /** How much of its spending a client gets back per second. */
    @WithDefault("5000")
    double refillPerSecond();

    /** How often this instance exchanges its clients' spending with the other instances. */
    @WithDefault("250ms")
    Duration syncInterval();

    /**
     * Clients tracked by this instance at once; newer clients share one bucket until some drain.
     */
    @WithDefault("100000")
    int trackedClients();
  }

  /** A client's bucket as this instance knows it. Guarded by the map's per-key compute. */
  private static final class Bucket {
    /** The level at {@link #at}. */
    double level;

    /** {@link System#nanoTime()} when {@link #level} was last brought up to date. */
    long at;

    /** Spent here (net of settled reservations) since the last sync. */
    double unsynced;

    Bucket(long now) {
      at = now;
    }

    void drain(long now, double refillPerSecond) {
      // A caller may have read the clock before another thread moved the bucket on: time that
      // already drained is not drained again, and never counts backwards.
      if (now > at) {
        level = Math.max(0, level - (now - at) / 1e9 * refillPerSecond);
        at = now;
      }
    }
  }

  private final Settings settings;
  private final AgroalDataSource database;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
  private ScheduledExecutorService syncer;
  private int syncs;
  private boolean syncFailing;

  @Inject
  public ClientBudgets(Settings settings, AgroalDataSource database) {
    this.settings = settings;
    this.database = database;
  }

  void start(@Observes StartupEvent event) {
    if (!settings.enabled()) {
      return;
    }
    syncer =
        Executors.newSingleThreadScheduledExecutor(
            runnable -> {
              Thread thread = new Thread(runnable, "client-budget-sync");
              thread.setDaemon(true);
              return thread;
            });
    long interval = Math.max(1, settings.syncInterval().toMillis());
    syncer.scheduleWithFixedDelay(this::syncQuietly, interval, interval, TimeUnit.MILLISECONDS);
  }

  void stop(@Observes ShutdownEvent event) {
    if (syncer != null) {
      syncer.shutdownNow();
    }
  }

  /** Whether operations are charged at all. */
  public boolean enabled() {
    return settings.enabled();
  }

  /**
   * Admits an operation of the given requested cost and reserves it, or refuses it.
   *
   * @return 0 when admitted, else the whole seconds after which it would fit
   */
  public long admit(String client, long requested) {
    if (!settings.enabled() || client == null) {
      return 0;
    }
    double need = Math.min(Math.max(requested, 1), settings.capacity());
    long now = System.nanoTime();
    long[] retryAfter = new long[1];
    buckets.compute(
        tracked(client),
        (key, bucket) -> {
          Bucket current = bucket == null ? new Bucket(now) : bucket;
          current.drain(now, settings.refillPerSecond());
          double over = current.level + need - settings.capacity();
          if (over > 0) {
            retryAfter[0] = Math.max(1, (long) Math.ceil(over / settings.refillPerSecond()));
          } else {
            current.level += need;
            current.unsynced += need;
          }
          return current;
        });
    return retryAfter[0];
  }

  /** Replaces an admitted operation's reservation with what it actually cost (at least 1). */
  public void settle(String client, long requested, long actual) {
    if (!settings.enabled() || client == null) {
      return;
    }
    double reserved = Math.min(Math.max(requested, 1), settings.capacity());
    double difference = Math.max(actual, 1) - reserved;
    buckets.computeIfPresent(
        tracked(client),
        (key, bucket) -> {
          bucket.level = Math.max(0, bucket.level + difference);
          bucket.unsynced += difference;
          return bucket;
        });
  }

  /** The client's own key while there is room for it (or it is known), else the shared overflow. */
  private String tracked(String client) {
    return buckets.size() < settings.trackedClients() || buckets.containsKey(client)
        ? client
        : OVERFLOW;
  }

  private void syncQuietly() {
    try {
      sync();
      if (syncFailing) {
        LOG.info("Client budgets are shared through the database again");
        syncFailing = false;
      }
    } catch (SQLException | RuntimeException e) {
      if (!syncFailing) {
        LOG.warnf(
            "Client budgets cannot be shared through the database (%s); this instance decides"
                + " alone until it can",
            e.getMessage());
        syncFailing = true;
      }
    }
  }

  /**
   * Adds this instance's spending since the last sync to the shared buckets and takes their levels
   * back; forgets the buckets that drained.
   */
  void sync() throws SQLException {
    Map<String, Double> spent = new HashMap<>();
    long now = System.nanoTime();
    for (String client : buckets.keySet()) {
      buckets.computeIfPresent(
          client,
          (key, bucket) -> {
            bucket.drain(now, settings.refillPerSecond());
            if (bucket.unsynced == 0 && bucket.level == 0) {
              return null; // drained and idle: forgotten here (the shared row drains by itself)
            }
            spent.put(key, bucket.unsynced);
            bucket.unsynced = 0;
            return bucket;
          });
    }
    boolean cleanup = ++syncs % SYNCS_PER_CLEANUP == 0;
    if (spent.isEmpty() && !cleanup) {
      return;
    }
    try (Connection connection = database.getConnection()) {
      if (!spent.isEmpty()) {
        exchange(connection, spent);
      }
      if (cleanup) {
        try (PreparedStatement delete =
            connection.prepareStatement(
                "delete from client_budget where updated_at < now() - make_interval(secs => ?)")) {
          delete.setDouble(1, settings.capacity() / settings.refillPerSecond());
          delete.executeUpdate();
        }
      }
    } catch (SQLException | RuntimeException e) {
      // Not shared this time: the spending goes with the next sync.
      spent.forEach(
          (client, amount) ->
              buckets.computeIfPresent(
                  client,
                  (key, bucket) -> {
                    bucket.unsynced += amount;
                    return bucket;
                  }));
      throw e;
    }
  }

  private void exchange(Connection connection, Map<String, Double> spent) throws SQLException {
    // In one order on every instance, so that two exchanges never wait for each other's rows.
    List<String> clients = new ArrayList<>(new TreeSet<>(spent.keySet()));
    Double[] amounts = clients.stream().map(spent::get).toArray(Double[]::new);
    String upsert =
        """
        with mine(client, spent) as (select * from unnest(?::text[], ?::float8[]))
        insert into client_budget as shared (client, level, updated_at)
        select client, greatest(0, spent), now() from mine
        on conflict (client) do update
        set level = greatest(0, greatest(0, shared.level
                        - extract(epoch from now() - shared.updated_at) * ?)
                      + (select spent from mine where mine.client = excluded.client)),
            updated_at = now()
        returning client, level
        """;
    Map<String, Double> shared = new HashMap<>();
    try (PreparedStatement statement = connection.prepareStatement(upsert)) {
      Array clientArray = connection.createArrayOf("text", clients.toArray());
      Array amountArray = connection.createArrayOf("float8", amounts);
      statement.setArray(1, clientArray);
      statement.setArray(2, amountArray);
      statement.setDouble(3, settings.refillPerSecond());
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          shared.put(rows.getString(1), rows.getDouble(2));
        }
      }
    }
    long now = System.nanoTime();
    shared.forEach(
        (client, level) ->
            buckets.computeIfPresent(
                client,
                (key, bucket) -> {
                  // What was spent here during the exchange is not in the shared level yet.
                  bucket.level = Math.max(0, level + bucket.unsynced);
                  bucket.at = now;
                  return bucket;
                }));
  }
}
