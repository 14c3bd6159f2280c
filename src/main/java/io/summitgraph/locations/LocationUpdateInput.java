package io.summitgraph.locations;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("LocationUpdateInput")
@Description("Changes to a place. Fields left out or null stay as they are.")
public record LocationUpdateInput(
    @NonNull @Id @Description("The location to change (a Location ID).") String location,
    @NonNull
        @Description(
            "The version of the location the change is based on (refused with CONFLICT if stale).")
        int version,
    @Description("New name.") String name,
    @Description("New list of other spellings (replaces the old list).") @Nullable
        List<@NonNull String> aliases,
    @Description("New kind.") LocationKind kind,
    @Description("New description.") String description,
    @Id @Description("New country (a Country ID).") String country,
    @Id @Description("New enclosing location (a Location ID).") String parent,
    @Description("New latitude; give both coordinates together.") Double latitude,
    @Description("New longitude; give both coordinates together.") Double longitude) {}
