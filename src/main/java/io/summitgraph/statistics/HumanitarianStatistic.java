package io.summitgraph.statistics;

import io.summitgraph.common.graphql.Fact;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.time.PartialDate;
import java.math.BigDecimal;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Ignore;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("HumanitarianStatistic")
@Description("A measured quantity about a population in a country, kept as the source words it.")
public record HumanitarianStatistic(
    @Ignore long key,
    @NonNull @Description("What is measured.") HumanitarianIndicator indicator,
    @Ignore BigDecimal amount,
    @NonNull @Description("The unit of the value.") MeasurementUnit unit,
    @NonNull @Description("How the value relates to the true figure: exact, more than, about.")
        Comparator comparator,
    @NonNull @Description("Who the figure is about.") PopulationGroup populationGroup,
    @Description("The period the figure is for; null when the source does not say.")
        PartialDate period,
    @NonNull @Description("The words the source uses for the figure, e.g. one in five.")
        String statedAs,
    @Ignore Long countryKey)
    implements Fact {

  public static final String TYPE = "HumanitarianStatistic";

  static HumanitarianStatistic from(HumanitarianStatisticEntity entity) {
    return new HumanitarianStatistic(
        entity.id,
        entity.indicator,
        entity.value,
        entity.unit,
        entity.comparator,
        entity.populationGroup,
        entity.period,
        entity.statedAs,
        entity.countryKey);
  }

  @Id
  @NonNull
  @Override
  @Description("Opaque global ID.")
  public String getId() {
    return GlobalId.encode(TYPE, key);
  }

  @NonNull
  @Description(
      "The figure, in its unit: 0.2 for one in five (RATIO), 10000000 for ten million (PEOPLE). A"
          + " double; exactValue has the stored decimal digit for digit.")
  public double getValue() {
    return amount.doubleValue();
  }

  @NonNull
  @Description(
      "The figure as an exact decimal string, never rounded or in exponent form: \"0.2\","
          + " \"10000000\".")
  public String getExactValue() {
    return amount.stripTrailingZeros().toPlainString();
  }
}
