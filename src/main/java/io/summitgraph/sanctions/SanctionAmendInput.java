package io.summitgraph.sanctions;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SanctionAmendInput")
@Description(
    "Changes to a sanction that is not lifted; fields left out or null stay as they are. Lifting has"
        + " its own mutation (sanctionLift).")
public record SanctionAmendInput(
    @NonNull @Id @Description("The sanction (a Sanction ID).") String sanction,
    @NonNull
        @Description(
            "The version of the sanction the change is based on (refused with CONFLICT if stale).")
        int version,
    @Description("New description.") String description,
    @Description("New sector.") SanctionSector sector,
    @Description("New status: PROPOSED, ACTIVE or SUSPENDED (LIFTED only through sanctionLift).")
        SanctionStatus status,
    @Description("New condition for lifting it.") String liftingCondition,
    @Description("New consideration about lifting it (not a condition).")
        String liftingConsideration,
    @Description("New date of imposition.") String imposedOn,
    @Description("The source and excerpt that report the amendment, attached to the sanction.")
        CitationInput citation) {}
