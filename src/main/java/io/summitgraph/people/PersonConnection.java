package io.summitgraph.people;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PersonConnection")
@Description("A page of people.")
public class PersonConnection extends Connection<Person> {

  public PersonConnection(Page<Person> page) {
    super(page);
  }

  @NonNull
  @Description("The people of this page, each with its cursor.")
  public List<@NonNull PersonEdge> getEdges() {
    return edges(PersonEdge::new);
  }

  @NonNull
  @Description("The people of this page, without cursors.")
  public List<@NonNull Person> getNodes() {
    return page.items();
  }

  @Type("PersonEdge")
  @Description("A person in a page, with its cursor.")
  public record PersonEdge(
      @NonNull @Description("Pass as after/before to page from this person.") String cursor,
      @NonNull @Description("The person.") Person node) {}
}
