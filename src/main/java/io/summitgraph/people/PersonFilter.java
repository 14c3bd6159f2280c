package io.summitgraph.people;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("PersonFilter")
@Description("Conditions a person must meet; all given conditions apply.")
public record PersonFilter(
    @Description(
            "Words of the name or of one alias, in any order; case, accents, hyphens and spacing are ignored, so"
                + " \"kim jong un\" and \"Kim Jong-Un\" both find Kim Jong Un.")
        String name,
    @Id @Description("Only people of this country (a Country ID).") String country,
    @Id @Description("Only people holding a role in this organization (an Organization ID).")
        String organization) {}
