package io.summitgraph.facts;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CitationInput")
@Description("A source and the words of it that support a fact.")
public record CitationInput(
    @NonNull @Id @Description("The source (a Source ID).") String source,
    @NonNull
        @Description(
            "The words of the source that support the fact, copied verbatim: whole words, at least"
                + " 10 characters (refused with NOT_VERBATIM when they are not in the source as whole"
                + " words, INVALID when too short).")
        String excerpt,
    @Id
        @Description(
            "The outlets through which the source says it learned the fact, in the order it names them"
                + " (Organization IDs); none when the source states the fact itself.")
        @Nullable
        List<@NonNull String> reportedVia) {}
