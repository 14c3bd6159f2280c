package io.summitgraph.countries;

import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("CountryFilter")
@Description("Conditions a country must meet; all given conditions apply.")
public record CountryFilter(
    @Description(
            "Words of the name or of one alias, in any order; case, accents, hyphens and spacing are ignored.")
        String name,
    @Description("ISO 3166-1 alpha-3 codes, e.g. [\"PRK\", \"USA\"].") List<String> isoCodes) {}
