package io.summitgraph.platform.observability;

import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * An in-process collector: Quarkus exports spans to every {@code SpanExporter} bean, so tests read
 * here what a collector would receive. Nothing is recorded unless the sampling ratio is raised, as
 * {@link ObservabilityTest}'s profile does.
 */
public class InMemorySpans {

  @Produces
  @Singleton
  InMemorySpanExporter exporter() {
    return InMemorySpanExporter.create();
  }
}
