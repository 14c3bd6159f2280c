package io.summitgraph.organizations;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationUpdateInput")
@Description("Changes to an organization. Fields left out or null stay as they are.")
public record OrganizationUpdateInput(
    @NonNull @Id @Description("The organization to change (an Organization ID).")
        String organization,
    @NonNull
        @Description(
            "The version of the organization the change is based on (refused with CONFLICT if stale).")
        int version,
    @Description("New name.") String name,
    @Description("New list of other names (replaces the old list).") @Nullable
        List<@NonNull String> aliases,
    @Description("New kind.") OrganizationKind kind,
    @Description("New description.") String description,
    @Id @Description("New country (a Country ID).") String country) {}
