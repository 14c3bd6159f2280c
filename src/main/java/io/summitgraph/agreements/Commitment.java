package io.summitgraph.agreements;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Commitment")
@Description("A promise by one or more parties, possibly about places, with where it stands.")
public record Commitment(
    @Ignore long key,
    @NonNull @Description("What was promised.") String description,
    @NonNull @Description("What kind of promise it is.") CommitmentKind kind,
    @NonNull @Description("Where it stands.") CommitmentStatus status,
    @Description("What it depends on, as the sources say, e.g. in exchange for denuclearization.")
        String condition,
    @Ignore Long agreementKey,
    @Ignore Long announcedByKey)
    implements Fact {

  public static final String TYPE = "Commitment";

  static Commitment from(CommitmentEntity entity) {
    return new Commitment(
        entity.id,
        entity.description,
        entity.kind,
        entity.status,
        entity.condition,
        entity.agreementKey,
        entity.announcedByKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
