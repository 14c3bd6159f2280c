package io.summitgraph.quotes;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.events.Event;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import io.summitgraph.sources.Source;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("QuoteFilter")
@Description("Conditions a quote must meet; all given conditions apply.")
public record QuoteFilter(
    @Id @Description("The person who said it.") String speaker,
    @Id @Description("The organization the speaker spoke for.") String organization,
    @Id @Description("A source citing the quote.") String source,
    @Id @Description("The event it was said on.") String occasion,
    @Description(
            "Words the quote contains, taken literally (% and _ are plain characters); case is"
                + " ignored, and curly quotes and apostrophes match straight ones.")
        String text) {

  Long speakerKey() {
    return speaker == null ? null : GlobalId.keyOf(speaker, Person.TYPE);
  }

  Long organizationKey() {
    return organization == null ? null : GlobalId.keyOf(organization, Organization.TYPE);
  }

  Long sourceKey() {
    return source == null ? null : GlobalId.keyOf(source, Source.TYPE);
  }

  Long occasionKey() {
    return occasion == null ? null : GlobalId.keyOf(occasion, Event.TYPE);
  }
}
