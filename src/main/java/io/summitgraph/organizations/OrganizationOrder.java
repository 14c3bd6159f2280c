package io.summitgraph.organizations;

import io.summitgraph.common.graphql.OrderDirection;
import io.summitgraph.common.paging.Sorting;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OrganizationOrder")
@Description("Order of a list of organizations; ties are broken by ID.")
public record OrganizationOrder(
    @NonNull @DefaultValue("NAME") @Description("What to sort by.") OrganizationOrderField field,
    @NonNull @DefaultValue("ASC") @Description("Sort direction.") OrderDirection direction) {

  public static final OrganizationOrder DEFAULT =
      new OrganizationOrder(OrganizationOrderField.NAME, OrderDirection.ASC);

  /** This order as the repository takes it. */
  Sorting<OrganizationOrderField> sorting() {
    return new Sorting<>(field, direction == OrderDirection.DESC);
  }
}
