package io.summitgraph.quotes;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("QuoteConnection")
@Description("A page of quotes.")
public class QuoteConnection extends Connection<Quote> {

  public QuoteConnection(Page<Quote> page) {
    super(page);
  }

  @NonNull
  @Description("The quotes of this page, each with its cursor.")
  public List<@NonNull QuoteEdge> getEdges() {
    return edges(QuoteEdge::new);
  }

  @NonNull
  @Description("The quotes of this page, without cursors.")
  public List<@NonNull Quote> getNodes() {
    return page.items();
  }

  @Type("QuoteEdge")
  @Description("A quote in a page, with its cursor.")
  public record QuoteEdge(
      @NonNull @Description("Pass as after/before to page from this quote.") String cursor,
      @NonNull @Description("The quote.") Quote node) {}
}
