package io.summitgraph.platform.fetching;

import graphql.GraphQLContext;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import io.smallrye.graphql.transformation.AbstractDataFetcherException;
import io.summitgraph.common.graphql.Fact;
import io.summitgraph.platform.observability.BatchTelemetry;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.BatchLoaderWithContext;
import org.dataloader.DataLoader;
import org.dataloader.DataLoaderFactory;
import org.dataloader.DataLoaderOptions;
import org.dataloader.DataLoaderRegistry;

/**
 * Resolves one parent's share of a batched {@code @Source} field: it queues the parent on the
 * field's data loader, and the loader calls SmallRye's batch loader (which runs the Java method
 * once per level, for all parents) when graphql-java dispatches.
 *
 * <p>Unlike SmallRye's {@code BatchDataFetcher}:
 *
 * <ul>
 *   <li>it builds no context and converts no arguments per parent: each set of arguments a field is
 *       asked with in a request (two aliases with different {@code first}, say) gets a loader of
 *       its own, which reads them once, from its first parent's environment;
 *   <li>its loader is created in the request's registry on first use ({@link RequestDataLoaders}
 *       starts each request with an empty one), where SmallRye registers one per batched field of
 *       the schema, which graphql-java then dispatches one by one at every level;
 *   <li>the loader caches by the parent itself (record equality, see {@link ParentKey}), not by
 *       SmallRye's {@code int} hash of the arguments and the parent, with which two parents of
 *       equal hash would share one result; the arguments need no part in the key, being the same
 *       for the whole loader. The cache keeps the statement count fixed: a parent already loaded at
 *       an earlier level (the same location as a parent's parent, say) is answered from it,
 *       whatever the order in which levels are dispatched.
 * </ul>
 */
final class SourceBatchFetcher implements DataFetcher<CompletableFuture<Object>> {

  /** GraphQL context key: the request's loaders of fields asked with arguments, by their values. */
  private static final String LOADERS_BY_ARGUMENTS = "summitgraph.loadersByArguments";

  /** Makes the registered names of loaders with arguments unique. */
  private static final AtomicLong REGISTERED = new AtomicLong();

  private static final DataLoaderOptions CACHED_BY_PARENT =
      DataLoaderOptions.newOptions().setCacheKeyFunction(ParentKey::new).build();

  private final String loaderName;
  private final String field;
  private final BatchLoaderWithContext<Object, Object> smallRyeBatch;
  private final ArgumentHelper arguments;
  private final BatchTelemetry telemetry;

  /**
   * @param field the field's coordinates ({@code Type.field}), as metrics and spans name it
   * @param smallRyeBatch SmallRye's batch loader for the operation, shared by all requests (it
   *     holds no request state)
   */
  SourceBatchFetcher(
      Operation operation,
      String field,
      BatchLoaderWithContext<Object, Object> smallRyeBatch,
      BatchTelemetry telemetry) {
    this.loaderName = new BatchLoaderHelper().getName(operation);
    this.field = field;
    this.smallRyeBatch = smallRyeBatch;
    this.arguments = new ArgumentHelper(operation.getArguments());
    this.telemetry = telemetry;
  }

  @Override
  public CompletableFuture<Object> get(DataFetchingEnvironment environment) throws Exception {
    Map<String, Object> requested = environment.getArguments();
    DataLoader<Object, Object> loader =
        requested.isEmpty()
            ? loader(environment.getDataLoaderRegistry())
            : loader(environment, requested);
    ((RequestBatch) loader.getBatchLoadFunction()).rememberFirst(environment, arguments);
    return loader.load(environment.getSource());
  }

  /** The request's loader of this field without arguments, registered under the field's name. */
  private DataLoader<Object, Object> loader(DataLoaderRegistry registry) {
    DataLoader<Object, Object> loader = registry.getDataLoader(loaderName);
    if (loader != null) {
      return loader;
    }
    return registry.computeIfAbsent(loaderName, ignored -> newLoader());
  }

  /**
   * The request's loader of this field with these arguments: one per set of argument values (two
   * aliases with different {@code first} get one each), told apart by the values themselves and
   * registered under a name of its own for graphql-java to dispatch.
   */
  private DataLoader<Object, Object> loader(
      DataFetchingEnvironment environment, Map<String, Object> requested) {
    Map<LoaderKey, DataLoader<Object, Object>> loaders =
        environment
            .getGraphQlContext()
            .computeIfAbsent(LOADERS_BY_ARGUMENTS, ignored -> new ConcurrentHashMap<>());
    return loaders.computeIfAbsent(
        new LoaderKey(loaderName, requested),
        // The registry's instance, not the one given to it: registering may wrap a loader.
        key ->
            environment
                .getDataLoaderRegistry()
                .computeIfAbsent(
                    loaderName + "#" + REGISTERED.incrementAndGet(), ignored -> newLoader()));
  }

  private DataLoader<Object, Object> newLoader() {
    return DataLoaderFactory.newDataLoader(
        new RequestBatch(field, smallRyeBatch, telemetry), CACHED_BY_PARENT);
  }

  /** A batched field and the values of the arguments it is asked with. */
  private record LoaderKey(String loader, Map<String, Object> arguments) {}

  /**
   * A parent as its loader's cache key: equal exactly when the parents are equal (a record compares
   * every component), but hashed once, and for a fact by its type and key only. A record's own hash
   * reads every component, nested records and lists included, and the loader hashed each parent
   * twice (lookup, then store), a visible share of a nested request's CPU.
   */
  static final class ParentKey {

    private final Object parent;
    private final int hash;

    ParentKey(Object parent) {
      this.parent = parent;
      this.hash =
          parent instanceof Fact fact
              ? 31 * parent.getClass().hashCode() + Long.hashCode(fact.key())
              : Objects.hashCode(parent);
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof ParentKey key
          && (parent == key.parent || hash == key.hash && Objects.equals(parent, key.parent));
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** One field's batches in one request: SmallRye's loader, given the field's key context. */
  private static final class RequestBatch implements BatchLoaderWithContext<Object, Object> {

    private final String field;
    private final BatchLoaderWithContext<Object, Object> smallRyeBatch;
    private final BatchTelemetry telemetry;
    private volatile Map<String, Object> keyContext;
    private volatile GraphQLContext request;

    RequestBatch(
        String field,
        BatchLoaderWithContext<Object, Object> smallRyeBatch,
        BatchTelemetry telemetry) {
      this.field = field;
      this.smallRyeBatch = smallRyeBatch;
      this.telemetry = telemetry;
    }

    void rememberFirst(DataFetchingEnvironment environment, ArgumentHelper arguments)
        throws AbstractDataFetcherException {
      if (keyContext == null) {
        synchronized (this) {
          if (keyContext == null) {
            request = environment.getGraphQlContext();
            keyContext =
                Map.of(
                    BatchLoaderHelper.ARGUMENTS,
                    arguments.getArguments(environment, true),
                    BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT,
                    ContextEnvironment.of(environment));
          }
        }
      }
    }

    @Override
    public CompletionStage<List<Object>> load(
        List<Object> parents, BatchLoaderEnvironment ignored) {
      // SmallRye reads the arguments and the environment from the first key context only.
      BatchLoaderEnvironment environment =
          BatchLoaderEnvironment.newBatchLoaderEnvironment()
              .keyContexts(parents.subList(0, 1), List.of(keyContext))
              .build();
      BatchTelemetry.Batch batch = telemetry.start(field, parents.size(), request);
      return smallRyeBatch
          .load(parents, environment)
          .whenComplete((values, failure) -> batch.end(failure));
    }
  }
}
