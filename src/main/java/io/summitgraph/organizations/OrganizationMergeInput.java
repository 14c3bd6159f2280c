package io.summitgraph.organizations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationMergeInput")
@Description(
    "Two records of the same organization: the merged one's citations and relationships move to the"
        + " survivor, its names become aliases, and its ID resolves to the survivor from then on.")
public record OrganizationMergeInput(
    @NonNull @Id @Description("The organization that stays (an Organization ID).") String survivor,
    @NonNull @Description("The version of the survivor the merge is based on.") int survivorVersion,
    @NonNull @Id @Description("The organization that is absorbed (an Organization ID).")
        String merged,
    @NonNull @Description("The version of the merged organization the merge is based on.")
        int mergedVersion) {}
