package io.summitgraph.countries;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("CountryConnection")
@Description("A page of countries.")
public class CountryConnection extends Connection<Country> {

  public CountryConnection(Page<Country> page) {
    super(page);
  }

  @NonNull
  @Description("The countries of this page, each with its cursor.")
  public List<@NonNull CountryEdge> getEdges() {
    return edges(CountryEdge::new);
  }

  @NonNull
  @Description("The countries of this page, without cursors.")
  public List<@NonNull Country> getNodes() {
    return page.items();
  }

  @Type("CountryEdge")
  @Description("A country in a page, with its cursor.")
  public record CountryEdge(
      @NonNull @Description("Pass as after/before to page from this country.") String cursor,
      @NonNull @Description("The country.") Country node) {}
}
