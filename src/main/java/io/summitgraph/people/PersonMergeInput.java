package io.summitgraph.people;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonMergeInput")
@Description(
    "Two records that turn out to be the same person: the merged one's citations and relationships move to"
        + " the survivor, its names become aliases, and its ID resolves to the survivor from then on.")
public record PersonMergeInput(
    @NonNull @Id @Description("The person that stays (a Person ID).") String survivor,
    @NonNull @Description("The version of the survivor the merge is based on.") int survivorVersion,
    @NonNull @Id @Description("The person that is absorbed (a Person ID).") String merged,
    @NonNull @Description("The version of the merged person the merge is based on.")
        int mergedVersion) {}
