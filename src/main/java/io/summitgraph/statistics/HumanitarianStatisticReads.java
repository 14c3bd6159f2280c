package io.summitgraph.statistics;

import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * How the compiled read path reads humanitarian statistics, and those of a country
 * (platform/compiler).
 */
@ApplicationScoped
class HumanitarianStatisticReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(HumanitarianStatistic.TYPE, "humanitarian_statistic")
            .columns(
                "indicator", "indicator",
                "unit", "unit",
                "comparator", "comparator",
                "populationGroup", "population_group",
                "statedAs", "stated_as")
            // A Float: the compiler writes it as the resolvers' double (Expressions.asFloat).
            .column("value", "value")
            // HumanitarianStatistic.getExactValue: the decimal without trailing zeros, plain.
            .field("exactValue", new FieldRead.Value("trim_scale({row}.value)::text"))
            .partialDate("period", "period_start", "period_precision")
            .toOne("country", "Country", "country_id"),
        TypeReads.extend("Country")
            .paged(
                "humanitarianStatistics",
                PagedRead.of(
                    HumanitarianStatistic.TYPE,
                    (arguments, country) ->
                        HumanitarianStatisticRepository.queryByCountry(
                            country, arguments.page()))));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "humanitarianStatistics",
        PagedRead.of(
            HumanitarianStatistic.TYPE,
            (arguments, none) -> {
              HumanitarianStatisticOrder order =
                  arguments.input("orderBy", HumanitarianStatisticOrder.class);
              return HumanitarianStatisticRepository.query(
                  HumanitarianStatisticCriteria.of(
                      arguments.input("filter", HumanitarianStatisticFilter.class)),
                  (order == null ? HumanitarianStatisticOrder.DEFAULT : order).sorting(),
                  arguments.page());
            }));
  }
}
