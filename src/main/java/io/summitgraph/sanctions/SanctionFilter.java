package io.summitgraph.sanctions;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SanctionFilter")
@Description("Conditions a sanction must meet; all given conditions apply.")
public record SanctionFilter(
    @Id @Description("The country imposing the sanction.") String issuer,
    @Id @Description("The country the sanction is imposed on.") String target,
    @Nullable
        @Description(
            "Sectors, any of which the sanction may target; an empty list matches nothing.")
        List<@NonNull SanctionSector> sectors,
    @Description("Whether it is in force.") SanctionStatus status) {}
