package io.summitgraph.locations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LocationMergeInput")
@Description(
    "Two records of the same place: the merged one's citations and relationships move to the survivor,"
        + " its names become aliases, and its ID resolves to the survivor from then on.")
public record LocationMergeInput(
    @NonNull @Id @Description("The location that stays (a Location ID).") String survivor,
    @NonNull @Description("The version of the survivor the merge is based on.") int survivorVersion,
    @NonNull @Id @Description("The location that is absorbed (a Location ID).") String merged,
    @NonNull @Description("The version of the merged location the merge is based on.")
        int mergedVersion) {}
