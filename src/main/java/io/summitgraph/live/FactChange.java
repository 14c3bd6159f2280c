package io.summitgraph.live;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.facts.FactKind;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("FactChange")
@Description("A committed change to a fact, as factsChanged delivers it.")
public record FactChange(
    @NonNull @Description("What the change did: CREATED, UPDATED or REMOVED (or MISSED_CHANGES).")
        ChangeKind change,
    @Id @Description("The fact's global ID (null for MISSED_CHANGES).") String id,
    @Description("The kind of fact (null for MISSED_CHANGES).") FactKind kind,
    @Description(
            "The version the change wrote; versions of one fact arrive in commit order. A change of"
                + " citations keeps the version.")
        Integer version,
    @Description(
            "The fact as it is when the event is delivered. Null when removed, and for MISSED_CHANGES.")
        Fact fact) {}
