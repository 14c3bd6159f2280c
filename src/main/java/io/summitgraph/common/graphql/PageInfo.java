package io.summitgraph.common.graphql;

import io.summitgraph.common.paging.Page;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PageInfo")
@Description("Where a page sits in its list (Relay cursor connections).")
public record PageInfo(
    @NonNull @Description("Whether more items follow the last one of this page.")
        boolean hasNextPage,
    @NonNull @Description("Whether items precede the first one of this page.")
        boolean hasPreviousPage,
    @Description("Cursor of the first item, or null when the page is empty.") String startCursor,
    @Description("Cursor of the last item, or null when the page is empty.") String endCursor) {

  public static PageInfo of(Page<?> page) {
    var cursors = page.cursors();
    return new PageInfo(
        page.hasNextPage(),
        page.hasPreviousPage(),
        cursors.isEmpty() ? null : cursors.get(0),
        cursors.isEmpty() ? null : cursors.get(cursors.size() - 1));
  }
}
