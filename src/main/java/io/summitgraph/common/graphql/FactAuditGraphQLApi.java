package io.summitgraph.common.graphql;

import io.summitgraph.common.persistence.FactRegistry;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Every fact's version and audit trail, from the fact registry (one query per field and level). */
@GraphQLApi
public class FactAuditGraphQLApi {

  @Inject FactRegistry registry;

  @NonNull
  @Description(
      "The fact's version: it grows by one with every change. An update mutation takes the version the"
          + " client read, and refuses with CONFLICT if the fact changed since.")
  public List<@NonNull Integer> version(@Source List<Fact> facts) {
    return Batches.resolve(facts, Fact::key, this::entries, null).stream()
        .map(entry -> (int) entry.version())
        .toList();
  }

  @NonNull
  @Description("When the fact was recorded and last changed, and by whom.")
  public List<@NonNull FactAudit> audit(@Source List<Fact> facts) {
    return Batches.resolve(facts, Fact::key, this::entries, null).stream()
        .map(e -> new FactAudit(e.createdAt(), e.createdBy(), e.updatedAt(), e.updatedBy()))
        .toList();
  }

  private Map<Long, FactRegistry.Entry> entries(List<Long> keys) {
    return registry.entries(keys);
  }
}
