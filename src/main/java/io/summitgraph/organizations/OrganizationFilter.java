package io.summitgraph.organizations;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("OrganizationFilter")
@Description("Conditions an organization must meet; all given conditions apply.")
public record OrganizationFilter(
    @Description(
            "Words of the name or of one alias, in any order, e.g. KCNA or Korean Central News Agency; case, accents,"
                + " hyphens and spacing are ignored.")
        String name,
    @Description("Only organizations of this kind.") OrganizationKind kind,
    @Id @Description("Only organizations based in this country (a Country ID).") String country) {}
