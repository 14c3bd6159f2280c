package io.summitgraph.sanctions;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SanctionImposeInput")
@Description("A measure one country imposes on another, with the citation that reports it.")
public record SanctionImposeInput(
    @NonNull @Description("What the measure is.") String description,
    @NonNull @Id @Description("The country imposing it (a Country ID).") String issuer,
    @NonNull @Id @Description("The country it targets (a Country ID).") String target,
    @Description("The sector it targets.") SanctionSector sector,
    @Description("PROPOSED or ACTIVE (the default); a sanction is not imposed lifted or suspended.")
        SanctionStatus status,
    @Description("What would lift it, in the source's words.") String liftingCondition,
    @Description(
            "What someone has considered about lifting it, when that is not a condition, in the"
                + " source's words.")
        String liftingConsideration,
    @Description("When it was imposed: 2019, 2019-02 or 2018-06-12.") String imposedOn,
    @NonNull @Description("The source and excerpt that report the sanction.")
        CitationInput citation) {}
