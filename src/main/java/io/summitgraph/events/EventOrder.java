package io.summitgraph.events;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("EventOrder")
@Description("Order of a list of events; ties are broken by ID.")
public record EventOrder(
    @NonNull @DefaultValue("DATE") @Description("What to sort by.") EventOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final EventOrder BY_DATE = new EventOrder(EventOrderField.DATE, OrderDirection.ASC);
  public static final EventOrder BY_SUMMIT_SEQUENCE =
      new EventOrder(EventOrderField.SUMMIT_SEQUENCE, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<EventOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
