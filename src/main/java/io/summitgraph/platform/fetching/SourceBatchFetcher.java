package io.summitgraph.platform.fetching;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import io.smallrye.graphql.execution.datafetcher.helper.ArgumentHelper;
import io.smallrye.graphql.execution.datafetcher.helper.BatchLoaderHelper;
import io.smallrye.graphql.schema.model.Operation;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
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
 * <p>Unlike SmallRye's {@code BatchDataFetcher} it builds no context per parent, and it queues on
 * an uncached copy of SmallRye's loader. SmallRye caches by an {@code int} hash of the arguments
 * and of the parent record (every component, texts included): hashing cost CPU for every parent,
 * and two parents with the same hash would share one result. Without the cache a parent that occurs
 * twice is simply passed twice; batch methods look results up by key, so both get theirs.
 */
final class SourceBatchFetcher implements DataFetcher<CompletableFuture<Object>> {

  private static final DataLoaderOptions UNCACHED =
      DataLoaderOptions.newOptions().setCachingEnabled(false).build();

  private final String smallRyeLoader;
  private final String uncachedLoader;
  private final ArgumentHelper arguments;
  private final boolean hasArguments;

  SourceBatchFetcher(Operation operation) {
    this.smallRyeLoader = new BatchLoaderHelper().getName(operation);
    this.uncachedLoader = smallRyeLoader + "/uncached";
    this.arguments = new ArgumentHelper(operation.getArguments());
    this.hasArguments = operation.getArguments().stream().anyMatch(a -> !a.isSourceArgument());
  }

  @Override
  public CompletableFuture<Object> get(DataFetchingEnvironment environment) throws Exception {
    // SmallRye's batch loader reads the arguments and the environment of the first parent queued.
    Map<String, Object> keyContext = new HashMap<>(4);
    keyContext.put(
        BatchLoaderHelper.ARGUMENTS,
        hasArguments ? arguments.getArguments(environment, true) : List.of());
    keyContext.put(BatchLoaderHelper.DATA_FETCHING_ENVIRONMENT, environment);
    return loader(environment.getDataLoaderRegistry()).load(environment.getSource(), keyContext);
  }

  private DataLoader<Object, Object> loader(DataLoaderRegistry registry) {
    DataLoader<Object, Object> loader = registry.getDataLoader(uncachedLoader);
    if (loader != null) {
      return loader;
    }
    return registry.computeIfAbsent(
        uncachedLoader,
        name -> {
          @SuppressWarnings("unchecked")
          BatchLoaderWithContext<Object, Object> batch =
              (BatchLoaderWithContext<Object, Object>)
                  registry.getDataLoader(smallRyeLoader).getBatchLoadFunction();
          return DataLoaderFactory.newDataLoader(batch, UNCACHED);
        });
  }
}
