package io.summitgraph.live;

import io.summitgraph.disputes.Dispute;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("DisputeChange")
@Description("A dispute opened, changed or resolved, as disputesChanged delivers it.")
public record DisputeChange(
    @NonNull @Description("CREATED (opened), UPDATED, RESOLVED, or MISSED_CHANGES.")
        ChangeKind change,
    @Id @Description("The dispute's global ID (null for MISSED_CHANGES).") String id,
    @Description("The version the change wrote; in commit order per dispute.") Integer version,
    @Description("The dispute as it is when the event is delivered. Null for MISSED_CHANGES.")
        Dispute dispute) {}
