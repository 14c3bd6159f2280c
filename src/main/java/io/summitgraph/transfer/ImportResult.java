package io.summitgraph.transfer;

import java.util.List;
import java.util.Map;

/**
 * What an import did: nothing when there are problems; otherwise the records it inserted and the
 * ones it changed, per table (records equal to what the database holds are left alone).
 */
public record ImportResult(
    List<ImportProblem> problems, Map<String, Integer> inserted, Map<String, Integer> updated) {

  public boolean succeeded() {
    return problems.isEmpty();
  }

  public int insertedTotal() {
    return inserted.values().stream().mapToInt(Integer::intValue).sum();
  }

  public int updatedTotal() {
    return updated.values().stream().mapToInt(Integer::intValue).sum();
  }
}
