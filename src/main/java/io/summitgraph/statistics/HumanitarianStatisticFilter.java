package io.summitgraph.statistics;

import io.smallrye.graphql.api.Nullable;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HumanitarianStatisticFilter")
@Description("Conditions a humanitarian statistic must meet; all given conditions apply.")
public record HumanitarianStatisticFilter(
    @Nullable
        @Description("What is measured: any of these indicators; an empty list matches nothing.")
        List<@NonNull HumanitarianIndicator> indicators,
    @Id @Description("The country the figure is about.") String country,
    @Description("Who the figure is about.") PopulationGroup populationGroup) {}
