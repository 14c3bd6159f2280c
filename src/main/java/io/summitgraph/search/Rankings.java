package io.summitgraph.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.summitgraph.live.ChangeListener;
import io.summitgraph.live.ChangesCommitted;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The best matches of recent searches, so that a popular search, or the next page of one, is not
 * ranked again: ranking reads every match (a common word matches a large share of the rows), while
 * a page is cut from the kept ranking in memory. Requests that ask for the same search at once
 * share one ranking.
 *
 * <p>Rankings are exact for the data they were computed on, and dropped when any instance commits a
 * change (the database announces it to every instance, see {@code live/ChangeListener}), so a
 * search sees a change as soon as subscribers do. While this instance does not hear those
 * announcements (its listener is reconnecting), nothing is kept or reused.
 */
@ApplicationScoped
class Rankings {

  private static final Duration WAIT_FOR_ANOTHER = Duration.ofSeconds(30);

  /** A search: its words as sent and the kinds it looks through. */
  record Key(String query, Set<SearchKind> kinds) {}

  /**
   * The best {@code kept-matches} of a search (all of them when {@code complete}), as of the data
   * generation it was computed in, and the snippets cut so far for the pages asked of it (a page
   * asked again is not cut again).
   */
  record Ranking(
      long generation, List<RankedMatch> best, boolean complete, Map<Long, String> snippets) {

    Ranking(long generation, List<RankedMatch> best, boolean complete) {
      this(generation, best, complete, new ConcurrentHashMap<>());
    }

    /** Whether this ranking is kept for later requests, with the snippets cut for it. */
    boolean kept() {
      return generation >= 0;
    }

    /**
     * The matches after the keyset position, at most {@code limit}, or null when this ranking does
     * not hold them all.
     */
    List<RankedMatch> page(Float afterRank, Long afterKey, int limit) {
      int from = 0;
      if (afterKey != null) {
        while (from < best.size() && !best.get(from).after(afterRank, afterKey)) {
          from++;
        }
      }
      int to = Math.min(from + limit, best.size());
      return to - from == limit || complete ? best.subList(from, to) : null;
    }
  }

  @Inject ChangeListener listener;

  /** Matches kept per search (ten pages of twenty); a page beyond them is ranked on its own. */
  @ConfigProperty(name = "summitgraph.search.kept-matches", defaultValue = "200")
  int depth;

  private final AtomicLong generation = new AtomicLong();

  private final Cache<Key, CompletableFuture<Ranking>> kept =
      Caffeine.newBuilder().maximumSize(300).expireAfterWrite(Duration.ofMinutes(10)).build();

  void onChanges(@Observes ChangesCommitted changes) {
    generation.incrementAndGet();
    kept.invalidateAll();
  }

  /**
   * The ranking of a search: a kept one if it is current, else one computed by {@code rank} (the
   * best {@code depth + 1} matches it is given), once for all who ask at the same time.
   */
  Ranking of(Key key, IntFunction<List<RankedMatch>> rank) {
    if (!listener.listening()) {
      return ranking(-1, rank);
    }
    while (true) {
      long current = generation.get();
      CompletableFuture<Ranking> mine = new CompletableFuture<>();
      CompletableFuture<Ranking> existing = kept.asMap().putIfAbsent(key, mine);
      if (existing == null) {
        try {
          Ranking ranking = ranking(current, rank);
          mine.complete(ranking);
          if (generation.get() != current) {
            kept.asMap().remove(key, mine); // computed across a change: not for later requests
          }
          return ranking;
        } catch (RuntimeException e) {
          kept.asMap().remove(key, mine);
          mine.completeExceptionally(e);
          throw e;
        }
      }
      Ranking found = awaitOrNull(existing);
      if (found == null) {
        // Its computation failed (its client left and its statement was cancelled, say): this
        // request ranks for itself.
        return ranking(-1, rank);
      }
      if (found.generation() == generation.get()) {
        return found;
      }
      kept.asMap().remove(key, existing);
    }
  }

  private Ranking ranking(long generation, IntFunction<List<RankedMatch>> rank) {
    List<RankedMatch> matches = rank.apply(depth + 1);
    boolean complete = matches.size() <= depth;
    return new Ranking(
        generation, List.copyOf(complete ? matches : matches.subList(0, depth)), complete);
  }

  private static Ranking awaitOrNull(CompletableFuture<Ranking> computing) {
    try {
      return computing.get(WAIT_FOR_ANOTHER.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException | TimeoutException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while waiting for a search's ranking", e);
    }
  }
}
