package io.summitgraph.countries;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CountryOrder")
@Description("Order of a list of countries; ties are broken by ID.")
public record CountryOrder(
    @NonNull @DefaultValue("NAME") @Description("What to sort by.") CountryOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final CountryOrder DEFAULT =
      new CountryOrder(CountryOrderField.NAME, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<CountryOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
