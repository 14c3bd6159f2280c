package io.summitgraph.agreements;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("AgreementFilter")
@Description("Conditions an agreement must meet; all given conditions apply.")
public record AgreementFilter(
    @Description(
            "Words of the title, in any order; case, accents, hyphens and spacing are ignored.")
        String title,
    @Id @Description("An event: the agreements reached at it.") String event) {}
