package io.summitgraph.live;

import io.summitgraph.common.graphql.Node;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("NodeChange")
@Description("A committed change to one object, as nodeChanged delivers it.")
public record NodeChange(
    @NonNull @Description("What the change did.") ChangeKind change,
    @Id @Description("The object's global ID (null for MISSED_CHANGES).") String id,
    @Description(
            "The version the change wrote (facts and disputes; sources have none that changes). Versions"
                + " of one object arrive in the order they were committed: a gap means a missed change.")
        Integer version,
    @Description(
            "The object as it is when the event is delivered (read after the change committed; a change"
                + " committed right after may already show). Null when removed, and for MISSED_CHANGES.")
        Node node) {}
