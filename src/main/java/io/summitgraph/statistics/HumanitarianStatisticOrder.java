package io.summitgraph.statistics;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("HumanitarianStatisticOrder")
@Description("Order of a list of humanitarian statistics; ties are broken by ID.")
public record HumanitarianStatisticOrder(
    @NonNull @DefaultValue("INDICATOR") @Description("What to sort by.")
        HumanitarianStatisticOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final HumanitarianStatisticOrder DEFAULT =
      new HumanitarianStatisticOrder(HumanitarianStatisticOrderField.INDICATOR, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<HumanitarianStatisticOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
