package io.summitgraph.platform.observability;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the operation metrics and the slow-operation log (README, "Operations"). */
@ConfigMapping(prefix = "summitgraph.observability")
public interface ObservabilitySettings {

  /**
   * How many distinct operation names get series of their own; later names are counted under {@code
   * _other}, so clients that invent names cannot grow the metrics without bound.
   */
  @WithDefault("100")
  int operationNames();

  /** An operation that takes longer is logged once, with its name, cost and timing. */
  @WithDefault("1s")
  Duration slowOperation();
}
