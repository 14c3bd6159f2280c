package io.summitgraph.statistics;

import io.summitgraph.common.graphql.Connection;
import io.summitgraph.common.paging.Page;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HumanitarianStatisticConnection")
@Description("A page of humanitarian statistics.")
public class HumanitarianStatisticConnection extends Connection<HumanitarianStatistic> {

  public HumanitarianStatisticConnection(Page<HumanitarianStatistic> page) {
    super(page);
  }

  @NonNull
  @Description("The statistics of this page, each with its cursor.")
  public List<@NonNull HumanitarianStatisticEdge> getEdges() {
    return edges(HumanitarianStatisticEdge::new);
  }

  @NonNull
  @Description("The statistics of this page, without cursors.")
  public List<@NonNull HumanitarianStatistic> getNodes() {
    return page.items();
  }

  @Type("HumanitarianStatisticEdge")
  @Description("A humanitarian statistic in a page, with its cursor.")
  public record HumanitarianStatisticEdge(
      @NonNull @Description("Pass as after/before to page from this statistic.") String cursor,
      @NonNull @Description("The statistic.") HumanitarianStatistic node) {}
}
