package io.summitgraph.sanctions;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Sanction")
@Description(
    "A measure imposed by one country on another, by sector, with the condition for lifting it.")
public record Sanction(
    @Ignore long key,
    @NonNull @Description("What the measure is.") String description,
    @Description("The sector it targets; null when the sources do not say.") SanctionSector sector,
    @NonNull @Description("Whether it is in force.") SanctionStatus status,
    @Description(
            "What would lift it, as the sources say: a condition (\"only if tangible steps are"
                + " taken\"). Null when no source states one.")
        String liftingCondition,
    @Description(
            "What someone has considered about lifting it, which is not a condition: \"Trump has"
                + " considered lifting some sanctions in exchange for denuclearization\".")
        String liftingConsideration,
    @Description("When it was imposed, if known.") PartialDate imposedOn,
    @Description("When it was lifted, if it was.") PartialDate liftedOn,
    @Description("Why it was lifted, as the curator who recorded the lifting put it.")
        String liftReason,
    @Ignore Long issuerKey,
    @Ignore Long targetKey)
    implements Fact {

  public static final String TYPE = "Sanction";

  static Sanction from(SanctionEntity entity) {
    return new Sanction(
        entity.id,
        entity.description,
        entity.sector,
        entity.status,
        entity.liftingCondition,
        entity.liftingConsideration,
        entity.imposedOn,
        entity.liftedOn,
        entity.liftReason,
        entity.issuerKey,
        entity.targetKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }
}
