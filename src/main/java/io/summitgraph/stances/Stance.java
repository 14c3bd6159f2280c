package io.summitgraph.stances;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Stance")
@Description(
    "A position a party takes: a call for something, support, skepticism, confidence or concern.")
public record Stance(
    @Ignore long key,
    @NonNull @Description("What kind of stance it is.") StanceKind kind,
    @NonNull @Description("The stance, in a sentence.") String description,
    @Description(
            "Who holds it as the sources describe them, e.g. analysts or other U.S. allies; holders"
                + " lists those the sources name.")
        String holderDescription,
    @Ignore Long eventKey,
    @Ignore Long agreementKey)
    implements Fact {

  public static final String TYPE = "Stance";

  static Stance from(StanceColumns entity) {
    return new Stance(
        entity.id,
        entity.kind,
        entity.description,
        entity.holderDescription,
        entity.eventKey,
        entity.agreementKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
