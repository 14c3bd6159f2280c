package io.summitgraph.sources;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceIngestInput")
@Description("A new article to store, link and make searchable.")
public record SourceIngestInput(
    @NonNull @Description("The article's title (at most 500 characters).") String title,
    @Id @Description("Who wrote it: the ID of a known Person (create the person first if needed).")
        String author,
    @Id @Description("Who published it: the ID of a known Organization.") String publisher,
    @Description(
            "When it was published, at the precision known: 2019, 2019-03 or 2019-03-01; not in"
                + " the future.")
        String publishedOn,
    @Description("Where it was published: an absolute http or https URL.") String url,
    @NonNull
        @Description(
            "The full text, exactly as published; excerpts cited from it must match it"
                + " verbatim. Ingesting the same text again returns the stored source.")
        String text) {}
