package io.summitgraph.common.paging;

/**
 * The order a repository lists rows in: a field of the feature's order enum and a direction.
 * GraphQL inputs stop at the service, which turns a feature's {@code *Order} input into this with
 * its {@code sorting()} (and its {@code *Filter} into a {@code *Criteria}); repositories take only
 * these.
 */
public record Sorting<F extends Enum<F>>(F field, boolean descending) {}
