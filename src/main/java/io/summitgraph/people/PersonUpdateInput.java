package io.summitgraph.people;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonUpdateInput")
@Description("Changes to a person. Fields left out or null stay as they are.")
public record PersonUpdateInput(
    @NonNull @Id @Description("The person to change (a Person ID).") String person,
    @NonNull
        @Description(
            "The version of the person the change is based on (refused with CONFLICT if stale).")
        int version,
    @Description("New full name.") String name,
    @Description("New list of other spellings (replaces the old list).") @Nullable
        List<@NonNull String> aliases,
    @Description("New description.") String description,
    @Id @Description("New country (a Country ID).") String country,
    @Id @Description("New residence (a Location ID).") String residence) {}
