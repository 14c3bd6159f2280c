package io.summitgraph.statistics;

import io.summitgraph.common.mutations.UserError;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("StatisticRecordPayload")
@Description("The result of statisticRecord: what changed, or why nothing did.")
public record StatisticRecordPayload(
    @Description("The statistic recorded; null when refused.") HumanitarianStatistic statistic,
    @NonNull @Description("Why nothing changed; empty on success.")
        List<@NonNull UserError> userErrors) {

  public static StatisticRecordPayload done(HumanitarianStatistic statistic) {
    return new StatisticRecordPayload(statistic, List.of());
  }

  public static StatisticRecordPayload refused(List<UserError> userErrors) {
    return new StatisticRecordPayload(null, userErrors);
  }
}
