package io.summitgraph.statistics;

import io.summitgraph.facts.CitationInput;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("StatisticRecordInput")
@Description("A humanitarian figure about a country's population, kept as the source words it.")
public record StatisticRecordInput(
    @NonNull @Description("What is measured.") HumanitarianIndicator indicator,
    @NonNull
        @Description(
            "The figure as a decimal number in its unit, e.g. \"0.2\" for one in five (RATIO, 0 to 1) or"
                + " \"10000000\" (PEOPLE); never negative.")
        String value,
    @NonNull @Description("The unit of the value.") MeasurementUnit unit,
    @NonNull @Description("How the value relates to the true figure: exact, more than, about.")
        Comparator comparator,
    @NonNull @Description("Who the figure is about.") PopulationGroup populationGroup,
    @NonNull @Id @Description("The country (a Country ID).") String country,
    @Description("The period the figure is for: 2019, 2019-02 or 2018-06-12.") String period,
    @NonNull @Description("The words the source uses for the figure, e.g. one in five.")
        String statedAs,
    @NonNull @Description("The source and excerpt that state the figure.")
        CitationInput citation) {}
