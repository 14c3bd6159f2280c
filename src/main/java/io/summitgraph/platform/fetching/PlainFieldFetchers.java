package io.summitgraph.platform.fetching;

import io.smallrye.graphql.execution.datafetcher.PlugableDataFetcher;
import io.smallrye.graphql.schema.model.Field;
import io.smallrye.graphql.schema.model.Reference;
import io.smallrye.graphql.schema.model.Type;
import io.smallrye.graphql.spi.DataFetcherService;

/**
 * Gives every field of an output type a {@link PlainFieldFetcher} instead of SmallRye's {@code
 * FieldDataFetcher}. Registered through {@code META-INF/services} (SmallRye's data fetcher SPI);
 * operations ({@code @Query}, {@code @Source} methods) are left to Quarkus's and SmallRye's
 * fetchers, which run them on the right thread with the request context.
 */
public class PlainFieldFetchers implements DataFetcherService {

  @Override
  public Integer getPriority() {
    return 100;
  }

  @Override
  public PlugableDataFetcher<?> getFieldDataFetcher(Field field, Type type, Reference owner) {
    return new PlainFieldFetcher(field, owner);
  }
}
