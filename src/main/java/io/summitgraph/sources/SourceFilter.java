package io.summitgraph.sources;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("SourceFilter")
@Description("Conditions a source must meet; all given conditions apply.")
public record SourceFilter(
    @Description("Part of the title, case-insensitive.") String title,
    @Id @Description("ID of the author (a Person).") String author) {}
