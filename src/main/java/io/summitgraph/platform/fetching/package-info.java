/**
 * Lean replacements for SmallRye's data fetchers, without changing what they return.
 *
 * <p>SmallRye builds a fresh {@code SmallRyeContext} (path, arguments and the selected fields as
 * JSON, twice) for every field of every result object, plain record components included; the
 * benchmark's nested shapes spent most of their CPU there. The fetchers here do the same work
 * without that context: plain fields read the component, and batched {@code @Source} fields go
 * straight to their data loader. The batch itself still runs through SmallRye, which builds the
 * context once per batch (an injected {@code Context} sees the field, its arguments and its path),
 * from a {@link io.summitgraph.platform.fetching.ContextEnvironment} with nothing selected: what
 * was selected is read through {@code Selection}.
 */
package io.summitgraph.platform.fetching;
