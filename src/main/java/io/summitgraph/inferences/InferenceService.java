package io.summitgraph.inferences;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.graphql.NodeLoader;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.facts.FactBasis;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

@ApplicationScoped
public class InferenceService implements NodeLoader {

  @Inject InferenceRepository repository;

  /**
   * Every inference, or those about one field of their facts, or ({@code wholeFacts}) those that
   * infer whole facts.
   */
  public Page<Inference> inferences(String field, boolean wholeFacts, PageRequest request) {
    return repository.page(field, wholeFacts, request).map(Inference::from);
  }

  /**
   * Whether the root listing asks for the inferences of whole facts; a field and whole facts at
   * once is bad input.
   */
  static boolean wholeFacts(String field, Boolean wholeFacts) {
    boolean whole = Boolean.TRUE.equals(wholeFacts);
    if (whole && field != null) {
      throw new BadUserInputException(
          "Ask for inferences about a field or for inferences of whole facts, not both");
    }
    return whole;
  }

  /** The inferences about each fact, in recorded order, by fact key. */
  public Map<Long, List<Inference>> byFacts(Collection<Long> factKeys) {
    return repository.findByFacts(factKeys).stream()
        .map(Inference::from)
        .collect(Collectors.groupingBy(Inference::factKey));
  }

  /** The basis of each fact, by fact key: stated unless inferences say otherwise. */
  public Map<Long, FactBasis> bases(Collection<Long> factKeys) {
    Map<Long, List<Inference>> byFact = byFacts(factKeys);
    return factKeys.stream()
        .distinct()
        .collect(
            Collectors.toMap(
                Function.identity(), key -> basisOf(byFact.getOrDefault(key, List.of()))));
  }

  @Override
  public String nodeType() {
    return Inference.TYPE;
  }

  @Override
  public Map<Long, Inference> loadNodes(Collection<Long> keys) {
    return repository.findByIds(keys).stream()
        .map(Inference::from)
        .collect(Collectors.toMap(Inference::key, Function.identity()));
  }

  /** The basis of a fact with these inferences. */
  static FactBasis basisOf(List<Inference> inferences) {
    if (inferences.isEmpty()) {
      return FactBasis.STATED;
    }
    return inferences.stream().anyMatch(Inference::wholeFact)
        ? FactBasis.INFERRED
        : FactBasis.PARTLY_INFERRED;
  }
}
