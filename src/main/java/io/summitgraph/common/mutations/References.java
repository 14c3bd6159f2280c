package io.summitgraph.common.mutations;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.persistence.FactRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Turns the IDs a mutation's input names into keys, reporting each unusable one (malformed, of
 * another type, naming nothing) as a NOT_FOUND user error at its field path. The ID of a merged
 * record stands for the record that absorbed it.
 */
@ApplicationScoped
public class References {

  /** Types that are not facts: looked up in their own table, never redirected. */
  private static final Set<String> NOT_FACTS = Set.of("Source", "Citation", "Dispute");

  @Inject FactRegistry registry;

  /** The key of a required reference; null (with a problem recorded) if unusable. */
  public Long key(Problems problems, String id, String type, String... field) {
    if (id == null) {
      problems.add(UserErrorCode.INVALID, "A " + type + " ID is required.", field);
      return null;
    }
    return optionalKey(problems, id, type, field);
  }

  /** The key of a fact of any kind (the registry holds them all); null if unusable. */
  public Long factKey(Problems problems, String id, String... field) {
    var decoded = GlobalId.tryDecode(id).filter(g -> !NOT_FACTS.contains(g.type()));
    Long key =
        decoded.map(g -> registry.current(g.key(), FactRegistry.kindOf(g.type()))).orElse(null);
    if (key == null) {
      problems.add(UserErrorCode.NOT_FOUND, "No fact has this ID.", field);
    }
    return key;
  }

  /** The key of an optional reference: null when {@code id} is null or unusable. */
  public Long optionalKey(Problems problems, String id, String type, String... field) {
    if (id == null) {
      return null;
    }
    var decoded = GlobalId.tryDecode(id).filter(g -> g.type().equals(type));
    Long key = null;
    if (decoded.isPresent()) {
      long candidate = decoded.get().key();
      String kind = FactRegistry.kindOf(type);
      if (NOT_FACTS.contains(type)) {
        key = registry.exists(kind, candidate) ? candidate : null;
      } else {
        key = registry.current(candidate, kind);
      }
    }
    if (key == null) {
      problems.add(UserErrorCode.NOT_FOUND, "No " + type + " has this ID.", field);
    }
    return key;
  }
}
