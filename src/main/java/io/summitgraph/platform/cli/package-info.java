/**
 * Command-line commands of the platform that run without the service ({@code token}); the entry
 * point {@code io.summitgraph.SummitGraph} dispatches to them and to the features' commands ({@code
 * export}, {@code import}, {@code generate}).
 */
package io.summitgraph.platform.cli;
