package io.summitgraph.statistics;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.CitationWriter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;

/** What curators do to humanitarian statistics: record them. */
@ApplicationScoped
public class HumanitarianStatisticCuration {

  @Inject HumanitarianStatisticRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public HumanitarianStatistic record(StatisticRecordInput input) {
    Problems problems = new Problems();
    HumanitarianStatisticEntity statistic = new HumanitarianStatisticEntity();
    statistic.indicator = input.indicator();
    statistic.unit = input.unit();
    statistic.comparator = input.comparator();
    statistic.populationGroup = input.populationGroup();
    statistic.value = value(problems, input.value(), input.unit());
    statistic.countryKey =
        references.key(problems, input.country(), Country.TYPE, "input", "country");
    statistic.period = PartialDates.parse(input.period(), problems, "input", "period");
    statistic.statedAs = Texts.required(problems, input.statedAs(), "input", "statedAs");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(statistic);
    citations.attach(statistic.id, citation);
    return HumanitarianStatistic.from(statistic);
  }

  private static BigDecimal value(Problems problems, String text, MeasurementUnit unit) {
    BigDecimal value;
    try {
      value = new BigDecimal(text.strip());
    } catch (NumberFormatException e) {
      problems.add(UserErrorCode.INVALID, "Not a decimal number.", "input", "value");
      return null;
    }
    if (value.signum() < 0) {
      problems.add(UserErrorCode.INVALID, "A count or amount is never negative.", "input", "value");
      return null;
    }
    if (unit == MeasurementUnit.RATIO && value.compareTo(BigDecimal.ONE) > 0) {
      problems.add(
          UserErrorCode.INVALID,
          "A ratio lies between 0 and 1 (one in five is 0.2).",
          "input",
          "value");
      return null;
    }
    return value;
  }
}
