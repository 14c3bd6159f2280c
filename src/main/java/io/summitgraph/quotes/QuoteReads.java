package io.summitgraph.quotes;

import io.summitgraph.platform.compiler.ListRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/** How the compiled read path reads quotes, and the quotes of people, organizations and events. */
@ApplicationScoped
class QuoteReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Quote.TYPE, "quote")
            .columns("text", "text", "speakerDescription", "speaker_description")
            .partialDate("saidOn", "said_on", "said_precision")
            .toOne("speaker", "Person", "speaker_id")
            .toOne("organization", "Organization", "organization_id")
            .toOne("occasion", "Event", "occasion_id")
            // The chain of the view quote_reported_via, in order; an outlet named twice is there
            // twice.
            .list(
                "reportedVia",
                ListRead.of(
                    "Organization",
                    "quote_reported_via v join organization o on o.id = v.organization_id",
                    "o",
                    "v.quote_id = {row}.id",
                    "v.position")),
        TypeReads.extend("Person").paged("quotes", byParent("speaker_id")),
        TypeReads.extend("Organization")
            .paged("quotes", byParent("organization_id"))
            .paged(
                "quotesReported",
                PagedRead.of(
                    Quote.TYPE,
                    (arguments, organization) ->
                        QuoteRepository.queryByOutlet(organization, arguments.page()))),
        TypeReads.extend("Event").paged("quotes", byParent("occasion_id")));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "quotes",
        PagedRead.of(
            Quote.TYPE,
            (arguments, none) -> {
              QuoteOrder order = arguments.input("orderBy", QuoteOrder.class);
              return QuoteRepository.query(
                  QuoteCriteria.of(arguments.input("filter", QuoteFilter.class)),
                  (order == null ? QuoteOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }

  private static PagedRead byParent(String parentColumn) {
    return PagedRead.of(
        Quote.TYPE,
        (arguments, parent) ->
            QuoteRepository.queryByParent(parentColumn, parent, arguments.page()));
  }
}
