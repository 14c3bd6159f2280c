package io.summitgraph.sources;

import io.summitgraph.facts.FactKind;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * How the compiled read path reads sources and citations, every fact's citations, and the sources
 * and citations of people and organizations (platform/compiler).
 */
@ApplicationScoped
class SourceReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Source.TYPE, "source")
            .columns(
                "slug", "slug",
                "title", "title",
                "text", "text",
                "url", "url",
                "contentHash", "content_hash")
            .partialDate("publishedOn", "published_on", "published_precision")
            .toOne("author", Person.TYPE, "author_id")
            .toOne("publisher", Organization.TYPE, "publisher_id")
            .paged(
                "citations",
                PagedRead.of(
                    Citation.TYPE,
                    (arguments, source) ->
                        CitationRepository.queryBySource(source, arguments.page()))),
        TypeReads.of(Citation.TYPE, "citation")
            .columns("excerpt", "excerpt", "startOffset", "start_offset")
            // Characters are code points in PostgreSQL as in Citation.getEndOffset.
            .field(
                "endOffset",
                new FieldRead.Value(
                    "(" + FieldRead.ROW + ".start_offset + length(" + FieldRead.ROW + ".excerpt))"))
            .toOne("source", Source.TYPE, "source_id")
            .oneOf("fact", FactKind.graphQLTypeOf(FieldRead.ROW + ".fact_id"), "fact_id")
            .list(
                "reportedVia",
                ListRead.of(
                    Organization.TYPE,
                    "citation_reported_via v join organization o on o.id = v.organization_id",
                    "o",
                    "v.citation_id = " + FieldRead.ROW + ".id",
                    "v.position")),
        TypeReads.extend("Fact")
            .list(
                "citations",
                ListRead.of(
                    Citation.TYPE,
                    "citation c",
                    "c",
                    "c.fact_id = " + FieldRead.ROW + ".id",
                    CitationRepository.FACT_ORDER)),
        TypeReads.extend(Person.TYPE)
            .list(
                "authoredSources",
                ListRead.of(
                    Source.TYPE,
                    "source s",
                    "s",
                    "s.author_id = " + FieldRead.ROW + ".id",
                    SourceRepository.BY_TITLE_ORDER)),
        TypeReads.extend(Organization.TYPE)
            .list(
                "publishedSources",
                ListRead.of(
                    Source.TYPE,
                    "source s",
                    "s",
                    "s.publisher_id = " + FieldRead.ROW + ".id",
                    SourceRepository.BY_TITLE_ORDER))
            .list(
                "reportedCitations",
                ListRead.of(
                    Citation.TYPE,
                    CitationRepository.REPORTED_FROM,
                    "c",
                    "r.organization_id = " + FieldRead.ROW + ".id",
                    CitationRepository.OUTLET_ORDER)));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "sources",
        PagedRead.of(
            Source.TYPE,
            (arguments, none) -> {
              SourceOrder order = arguments.input("orderBy", SourceOrder.class);
              return SourceRepository.query(
                  SourceCriteria.of(arguments.input("filter", SourceFilter.class)),
                  (order == null ? SourceOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
