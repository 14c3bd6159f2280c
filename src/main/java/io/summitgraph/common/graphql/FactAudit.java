package io.summitgraph.common.graphql;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactAudit")
@Description(
    "When a fact was recorded and last changed, and by whom: the curator's name from their token;"
        + " `seed` for the facts loaded with the articles, `system` for facts loaded in bulk.")
public record FactAudit(
    @NonNull @Description("When the fact was recorded.") OffsetDateTime createdAt,
    @NonNull @Description("Who recorded the fact.") String createdBy,
    @NonNull
        @Description(
            "When the fact last changed (its own fields or its citations); its creation time if never.")
        OffsetDateTime updatedAt,
    @NonNull @Description("Who changed the fact last; its creator if nobody since.")
        String updatedBy) {}
