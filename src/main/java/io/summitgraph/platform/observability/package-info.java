/**
 * What operators see of the service: per-operation metrics (Micrometer, {@code /q/metrics}), spans
 * (OpenTelemetry: operation, batch, SQL statement), the per-request work (statements, database
 * time) behind both, and the slow-operation log. Depends on nothing else of SummitGraph; the
 * engine's customization plugs it in.
 */
package io.summitgraph.platform.observability;
