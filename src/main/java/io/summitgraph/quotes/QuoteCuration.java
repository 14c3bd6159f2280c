package io.summitgraph.quotes;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.events.Event;
import io.summitgraph.facts.CitationWriter;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What curators do to quotes: record them. */
@ApplicationScoped
public class QuoteCuration {

  @Inject QuoteRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public Quote record(QuoteRecordInput input) {
    Problems problems = new Problems();
    QuoteEntity quote = new QuoteEntity();
    quote.text = input.text() == null || input.text().isBlank() ? null : input.text();
    problems.check(
        quote.text != null, UserErrorCode.INVALID, "A quote has words.", "input", "text");
    quote.speakerKey =
        references.optionalKey(problems, input.speaker(), Person.TYPE, "input", "speaker");
    quote.speakerDescription = Texts.optional(input.speakerDescription());
    problems.check(
        input.speaker() != null || quote.speakerDescription != null,
        UserErrorCode.RULE_VIOLATION,
        "A quote needs a speaker or a speaker description (an unnamed speaker stays unnamed, but is"
            + " described).",
        "input",
        "speakerDescription");
    quote.organizationKey =
        references.optionalKey(
            problems, input.organization(), Organization.TYPE, "input", "organization");
    quote.occasionKey =
        references.optionalKey(problems, input.occasion(), Event.TYPE, "input", "occasion");
    quote.saidOn = PartialDates.parse(input.saidOn(), problems, "input", "saidOn");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(quote);
    citations.attach(quote.id, citation);
    return Quote.from(quote);
  }
}
