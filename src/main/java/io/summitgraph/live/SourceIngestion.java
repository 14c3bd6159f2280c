package io.summitgraph.live;

import io.summitgraph.sources.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("SourceIngestion")
@Description("A source stored by a committed ingestion or import, as sourceIngested delivers it.")
public record SourceIngestion(
    @NonNull @Description("CREATED, or MISSED_CHANGES.") ChangeKind change,
    @Description(
            "The new source, with its linked mentions (Source.mentions). Null for MISSED_CHANGES.")
        Source source) {}
