/**
 * What one request may ask and how many may run: the configured limits ({@code QueryLimits}), the
 * measure of an operation against them before it runs ({@code LimitCheck}) and of its response
 * after ({@code ActualCost}), the types that only page objects ({@code PagingTypes}), and load
 * shedding ({@code AdmissionGate}). Per-client cost budgets are in {@code platform/budgets}.
 */
package io.summitgraph.platform.limits;
