package io.summitgraph.disputes;

import io.summitgraph.common.graphql.Node;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Dispute")
@Description(
    "A point on which sources disagree about a fact, with each competing value and the citation that states it."
        + " Both sides are kept: nothing a source said is edited away.")
public record Dispute(
    @Ignore long key,
    @Ignore long factKey,
    @NonNull @Description("What is disputed, e.g. outcome or sincerity.") String property,
    @NonNull @Description("The disagreement, in a sentence.") String description,
    @NonNull @Description("Whether a later cited source has settled it.") boolean resolved,
    @NonNull
        @Description(
            "The dispute's version: it grows by one with every change; disputeResolve takes the version"
                + " read.")
        int version)
    implements Node {

  public static final String TYPE = "Dispute";

  static Dispute from(DisputeEntity entity) {
    return new Dispute(
        entity.id,
        entity.factKey,
        entity.property,
        entity.description,
        entity.resolved,
        (int) entity.version);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
