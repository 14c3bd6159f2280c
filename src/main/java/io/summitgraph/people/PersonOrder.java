package io.summitgraph.people;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("PersonOrder")
@Description("Order of a list of people; ties are broken by ID.")
public record PersonOrder(
    @NonNull @DefaultValue("NAME") @Description("What to sort by.") PersonOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final PersonOrder DEFAULT =
      new PersonOrder(PersonOrderField.NAME, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<PersonOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
