package io.summitgraph.live;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import io.smallrye.mutiny.subscription.BackPressureFailure;
import io.smallrye.mutiny.subscription.MultiEmitter;
import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.errors.LimitExceededException;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.graphql.NodeRegistry;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.disputes.Dispute;
import io.summitgraph.facts.FactKind;
import io.summitgraph.platform.http.GraphQLSockets;
import io.summitgraph.sources.Source;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * This instance's subscriptions, and the delivery of committed changes to them.
 *
 * <p>Changes arrive from the {@link ChangeListener} in commit order and are delivered by one thread
 * in that order, in batches: the objects a batch needs are read once for all its subscribers (one
 * statement per type), then each subscription gets its events in order. A subscription holds at
 * most {@code summitgraph.live.max-queued-events} events the engine has not yet turned into
 * messages, and its socket at most {@code max-pending-bytes} unsent bytes: a client that reads
 * slower than changes arrive is disconnected with {@link #SLOW_CONSUMER} instead of being buffered
 * without bound. When changes may have been lost (the listener's connection was lost, or reading a
 * batch failed), every subscription gets one {@link ChangeKind#MISSED_CHANGES} event.
 */
@ApplicationScoped
public class ChangeFeed {

  /** Close code of a socket whose client does not read its events fast enough. */
  public static final int SLOW_CONSUMER = 4008;

  private static final Logger LOG = Logger.getLogger(ChangeFeed.class);
  private static final Object MISSED = new Object();
  private static final int BATCH = 500;

  /** More changes waiting than this means the instance cannot keep up: they are dropped. */
  private static final int MAX_WAITING = 100_000;

  @Inject LiveSettings settings;
  @Inject LiveReads reads;
  @Inject GraphQLSockets sockets;
  @Inject MeterRegistry meters;
  @Inject NodeRegistry nodes;
  @Inject Vertx vertx;

  private final Set<LiveSubscription> subscriptions = ConcurrentHashMap.newKeySet();
  private final Map<String, Set<LiveSubscription>> bySocket = new ConcurrentHashMap<>();
  private final LinkedBlockingQueue<Object> waiting = new LinkedBlockingQueue<>(MAX_WAITING);
  private final AtomicInteger dropped = new AtomicInteger();
  private volatile boolean running;
  private Thread dispatcher;
  private Counter delivered;
  private Counter slowConsumers;

  void start(@Observes StartupEvent event) {
    sockets.onClose(this::socketClosed);
    meters.gaugeCollectionSize("graphql_subscriptions", List.of(), subscriptions);
    delivered = meters.counter("graphql_subscription_events_total");
    slowConsumers = meters.counter("graphql_subscription_slow_consumers_total");
    running = true;
    dispatcher = new Thread(this::dispatch, "summitgraph-live-dispatcher");
    dispatcher.setDaemon(true);
    dispatcher.start();
  }

  void stop(@Observes ShutdownEvent event) {
    running = false;
    if (dispatcher != null) {
      dispatcher.interrupt();
    }
    subscriptions.forEach(LiveSubscription::complete);
  }

  /** A committed change, from the listener. */
  void accept(Change change) {
    if (!waiting.offer(change)) {
      // The instance cannot keep up with the database: subscribers learn it rather than wait.
      if (dropped.getAndIncrement() == 0) {
        LOG.warn("Changes arrive faster than they can be delivered; subscribers are told");
      }
    }
  }

  /** Changes may have been committed without reaching this instance. */
  void missedChanges() {
    waiting.offer(MISSED);
  }

  /** How many subscriptions this instance holds. */
  public int size() {
    return subscriptions.size();
  }

  Multi<NodeChange> nodeChanged(String socket, String id) {
    GlobalId target = GlobalId.decode(id);
    if (!nodes.serves(target.type())) {
      throw new BadUserInputException("No object can have the ID " + id);
    }
    Multi<NodeChange> changes = open(socket, new NodeSelector(target.type(), target.key()));
    // The subscription runs on the event loop: whether the object exists is read on a worker; an ID
    // that names nothing completes the subscription at once.
    return Uni.createFrom()
        .item(() -> reads.exists(target.type(), target.key()))
        .runSubscriptionOn(Infrastructure.getDefaultWorkerPool())
        .onItem()
        .transformToMulti(exists -> exists ? changes : changes.select().first(0));
  }

  Multi<FactChange> factsChanged(String socket, FactChangeFilter filter) {
    Set<String> kinds = new HashSet<>();
    Long source = null;
    Long about = null;
    if (filter != null) {
      if (filter.kinds() != null) {
        if (filter.kinds().isEmpty()) {
          throw new BadUserInputException("filter.kinds: name at least one kind, or leave it out");
        }
        filter.kinds().forEach(kind -> kinds.add(kind.table()));
      }
      if (filter.source() != null) {
        source = GlobalId.keyOf(filter.source(), "Source");
      }
      if (filter.about() != null) {
        GlobalId subject = GlobalId.decode(filter.about());
        if (!Set.of("Person", "Organization", "Country", "Location").contains(subject.type())) {
          throw new BadUserInputException(
              "filter.about: the ID of a person, organization, country or location");
        }
        about = subject.key();
      }
    }
    return open(socket, new FactSelector(kinds, source, about));
  }

  Multi<SourceIngestion> sourceIngested(String socket) {
    return open(socket, new SourceSelector());
  }

  Multi<DisputeChange> disputesChanged(String socket) {
    return open(socket, new DisputeSelector());
  }

  private synchronized <T> Multi<T> open(String socket, Selector selector) {
    if (socket == null) {
      throw new IllegalStateException("A subscription outside a WebSocket");
    }
    Set<LiveSubscription> own =
        bySocket.computeIfAbsent(socket, key -> ConcurrentHashMap.newKeySet());
    if (own.size() >= settings.maxPerConnection()) {
      throw new LimitExceededException(
          "subscriptionsPerConnection",
          settings.maxPerConnection(),
          "subscriptions allowed; complete one first");
    }
    if (subscriptions.size() >= settings.maxPerInstance()) {
      throw new LimitExceededException(
          "subscriptions", settings.maxPerInstance(), "subscriptions allowed; complete one first");
    }
    // Events are executed on the context the subscription came on (its socket's event loop): the
    // engine's batched fields need a Vert.x context, and one context keeps a subscription's order.
    Context context = Vertx.currentContext();
    LiveSubscription subscription =
        new LiveSubscription(
            socket, selector, context != null ? context : vertx.getOrCreateContext());
    subscriptions.add(subscription);
    own.add(subscription);
    return Multi.createFrom()
        .<T>emitter(subscription::attach, settings.maxQueuedEvents())
        .onFailure(BackPressureFailure.class)
        .invoke(failure -> slowConsumer(socket))
        .onFailure(BackPressureFailure.class)
        .recoverWithCompletion()
        .onTermination()
        .invoke(() -> remove(subscription));
  }

  private synchronized void remove(LiveSubscription subscription) {
    subscriptions.remove(subscription);
    Set<LiveSubscription> own = bySocket.get(subscription.socket);
    if (own != null) {
      own.remove(subscription);
      if (own.isEmpty()) {
        bySocket.remove(subscription.socket);
      }
    }
  }

  private void socketClosed(String socket) {
    Set<LiveSubscription> own = bySocket.remove(socket);
    if (own != null) {
      own.forEach(
          subscription -> {
            subscriptions.remove(subscription);
            subscription.complete();
          });
    }
  }

  private void slowConsumer(String socket) {
    slowConsumers.increment();
    LOG.infof(
        "Closing a slow consumer's socket (%d, events arrived faster than it read)", SLOW_CONSUMER);
    sockets.close(socket, SLOW_CONSUMER, "Slow consumer: events arrived faster than it read them");
    socketClosed(socket);
  }

  private void dispatch() {
    List<Object> batch = new ArrayList<>(BATCH);
    while (running) {
      try {
        Object first = waiting.poll(1, TimeUnit.SECONDS);
        if (first == null) {
          continue;
        }
        batch.clear();
        batch.add(first);
        waiting.drainTo(batch, BATCH - 1);
        if (dropped.getAndSet(0) > 0) {
          batch.add(MISSED);
        }
        deliver(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        LOG.warn("Could not deliver a batch of changes; subscribers are told they missed some", e);
        deliver(List.of(MISSED));
      }
    }
  }

  private void deliver(List<Object> batch) {
    List<LiveSubscription> current = List.copyOf(subscriptions);
    if (current.isEmpty()) {
      return;
    }
    // Who may want each change, before reading anything.
    List<List<LiveSubscription>> candidates = new ArrayList<>(batch.size());
    Map<String, Set<Long>> keysByType = new HashMap<>();
    Set<Long> needSources = new HashSet<>();
    Set<Long> needSubjects = new HashSet<>();
    for (Object item : batch) {
      List<LiveSubscription> wanting = new ArrayList<>();
      if (item instanceof Change change) {
        for (LiveSubscription subscription : current) {
          if (subscription.selector.mayWant(change)) {
            wanting.add(subscription);
            if (subscription.selector instanceof FactSelector facts) {
              if (facts.source != null) {
                needSources.add(change.id());
              }
              if (facts.about != null) {
                needSubjects.add(change.id());
              }
            }
          }
        }
        if (!wanting.isEmpty() && !"REMOVED".equals(change.op())) {
          keysByType.computeIfAbsent(change.nodeType(), type -> new HashSet<>()).add(change.id());
        }
      }
      candidates.add(wanting);
    }
    Map<String, Map<Long, ? extends Node>> nodes =
        keysByType.isEmpty() ? Map.of() : reads.load(keysByType);
    Map<Long, Set<Long>> sources = reads.citedSources(needSources);
    Map<Long, Set<Long>> subjects = reads.subjects(needSubjects);
    for (int i = 0; i < batch.size(); i++) {
      Object item = batch.get(i);
      if (item == MISSED) {
        for (LiveSubscription subscription : current) {
          emit(subscription, subscription.selector.missed());
        }
        continue;
      }
      Change change = (Change) item;
      Node node = nodes.getOrDefault(change.nodeType(), Map.of()).get(change.id());
      for (LiveSubscription subscription : candidates.get(i)) {
        if (subscription.selector.wants(change, sources, subjects)) {
          emit(subscription, subscription.selector.event(change, node));
        }
      }
    }
  }

  private void emit(LiveSubscription subscription, Object event) {
    if (sockets.pendingBytes(subscription.socket) > settings.maxPendingBytes()) {
      slowConsumer(subscription.socket);
      return;
    }
    if (subscription.queued.incrementAndGet() > settings.maxQueuedEvents()) {
      slowConsumer(subscription.socket);
      return;
    }
    subscription.deliver(event, delivered);
  }

  /** One subscription: its socket, what it wants, and where its events go. */
  private static final class LiveSubscription {
    final String socket;
    final Selector selector;
    final Context context;
    final AtomicInteger queued = new AtomicInteger();
    volatile MultiEmitter<Object> emitter;

    LiveSubscription(String socket, Selector selector, Context context) {
      this.socket = socket;
      this.selector = selector;
      this.context = context;
    }

    /**
     * Events that came between the subscription's start and the engine subscribing to its stream (a
     * moment on the event loop): they are delivered then, not lost.
     */
    private final List<Object> early = new ArrayList<>();

    @SuppressWarnings("unchecked")
    void attach(MultiEmitter<?> emitter) {
      synchronized (this) {
        this.emitter = (MultiEmitter<Object>) emitter;
        List<Object> waiting = List.copyOf(early);
        early.clear();
        waiting.forEach(event -> send(event, null));
      }
    }

    void deliver(Object event, Counter delivered) {
      synchronized (this) {
        if (emitter == null) {
          early.add(event);
          return;
        }
      }
      send(event, delivered);
    }

    private void send(Object event, Counter delivered) {
      context.runOnContext(
          ignored -> {
            queued.decrementAndGet();
            MultiEmitter<Object> current = emitter;
            if (current != null && !current.isCancelled()) {
              current.emit(event);
              if (delivered != null) {
                delivered.increment();
              }
            }
          });
    }

    void complete() {
      MultiEmitter<Object> current = emitter;
      if (current != null && !current.isCancelled()) {
        current.complete();
      }
    }
  }

  /** What a subscription wants, and its events. */
  private sealed interface Selector
      permits NodeSelector, FactSelector, SourceSelector, DisputeSelector {

    /** Whether the change may be wanted, judged without reading anything. */
    boolean mayWant(Change change);

    /** Whether the change is wanted, given the sources and subjects of the facts that changed. */
    default boolean wants(
        Change change, Map<Long, Set<Long>> sources, Map<Long, Set<Long>> subjects) {
      return true;
    }

    Object event(Change change, Node node);

    Object missed();
  }

  private record NodeSelector(String type, long key) implements Selector {
    @Override
    public boolean mayWant(Change change) {
      return change.id() == key && change.nodeType().equals(type);
    }

    @Override
    public Object event(Change change, Node node) {
      return new NodeChange(change.change(), GlobalId.encode(type, key), change.version(), node);
    }

    @Override
    public Object missed() {
      return new NodeChange(ChangeKind.MISSED_CHANGES, null, null, null);
    }
  }

  private record FactSelector(Set<String> kinds, Long source, Long about) implements Selector {
    @Override
    public boolean mayWant(Change change) {
      return change.target() == Change.Target.FACT
          && (kinds.isEmpty() || kinds.contains(change.kind()));
    }

    @Override
    public boolean wants(
        Change change, Map<Long, Set<Long>> sources, Map<Long, Set<Long>> subjects) {
      return (source == null || sources.getOrDefault(change.id(), Set.of()).contains(source))
          && (about == null || subjects.getOrDefault(change.id(), Set.of()).contains(about));
    }

    @Override
    public Object event(Change change, Node node) {
      return new FactChange(
          change.change(),
          GlobalId.encode(change.nodeType(), change.id()),
          FactKind.ofTable(change.kind()).orElse(null),
          change.version(),
          node instanceof Fact fact ? fact : null);
    }

    @Override
    public Object missed() {
      return new FactChange(ChangeKind.MISSED_CHANGES, null, null, null, null);
    }
  }

  private record SourceSelector() implements Selector {
    @Override
    public boolean mayWant(Change change) {
      return change.target() == Change.Target.SOURCE && "CREATED".equals(change.op());
    }

    @Override
    public Object event(Change change, Node node) {
      return new SourceIngestion(ChangeKind.CREATED, node instanceof Source source ? source : null);
    }

    @Override
    public Object missed() {
      return new SourceIngestion(ChangeKind.MISSED_CHANGES, null);
    }
  }

  private record DisputeSelector() implements Selector {
    @Override
    public boolean mayWant(Change change) {
      return change.target() == Change.Target.DISPUTE;
    }

    @Override
    public Object event(Change change, Node node) {
      return new DisputeChange(
          change.change(),
          GlobalId.encode("Dispute", change.id()),
          change.version(),
          node instanceof Dispute dispute ? dispute : null);
    }

    @Override
    public Object missed() {
      return new DisputeChange(ChangeKind.MISSED_CHANGES, null, null, null);
    }
  }
}
