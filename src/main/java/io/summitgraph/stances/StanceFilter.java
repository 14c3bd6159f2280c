package io.summitgraph.stances;

import io.summitgraph.common.errors.BadUserInputException;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.countries.Country;
import io.summitgraph.events.Event;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import java.util.Set;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("StanceFilter")
@Description("Conditions a stance must meet; all given conditions apply.")
public record StanceFilter(
    @Description("What kind of stance it is.") StanceKind kind,
    @Id @Description("A person, country or organization among its holders.") String holder,
    @Id @Description("The event it is about.") String event) {

  private static final Set<String> PARTY_TYPES =
      Set.of(Person.TYPE, Country.TYPE, Organization.TYPE);

  /** The holder ID, decoded; a well-formed ID of another type than a party is refused. */
  GlobalId holderId() {
    if (holder == null) {
      return null;
    }
    GlobalId id = GlobalId.decode(holder);
    if (!PARTY_TYPES.contains(id.type())) {
      throw new BadUserInputException(
          "The holder ID is a " + id.type() + ", expected a Person, Country or Organization");
    }
    return id;
  }

  Long eventKey() {
    return event == null ? null : GlobalId.keyOf(event, Event.TYPE);
  }
}
