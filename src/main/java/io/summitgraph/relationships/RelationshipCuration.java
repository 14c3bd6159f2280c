package io.summitgraph.relationships;

import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.CitationWriter;
import io.summitgraph.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** What curators do to relationships: record them. */
@ApplicationScoped
public class RelationshipCuration {

  /** The GraphQL types a party of a relationship may have. */
  static final Set<String> PARTY_TYPES = Set.of(Person.TYPE, Country.TYPE);

  @Inject RelationshipRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;

  @CuratorChange
  public Relationship record(RelationshipRecordInput input) {
    Problems problems = new Problems();
    RelationshipEntity relationship = new RelationshipEntity();
    relationship.character = input.character();
    relationship.description =
        Texts.required(problems, input.description(), "input", "description");
    relationship.since = PartialDates.parse(input.since(), problems, "input", "since");
    relationship.until = PartialDates.parse(input.until(), problems, "input", "until");
    problems.check(
        PartialDates.endsAfter(relationship.since, relationship.until),
        UserErrorCode.RULE_VIOLATION,
        "A relationship cannot end before it began.",
        "input",
        "until");
    List<GlobalId> parties = parties(problems, input.parties());
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(relationship);
    repository.flush();
    repository.addParties(relationship.id, parties);
    citations.attach(relationship.id, citation);
    return Relationship.from(relationship);
  }

  /** The two parties, by type and current key (a merged record's ID names its survivor). */
  private List<GlobalId> parties(Problems problems, List<String> ids) {
    List<String> given = ids == null ? List.of() : ids;
    problems.check(
        given.size() == 2,
        UserErrorCode.RULE_VIOLATION,
        "A relationship is between exactly two parties; " + given.size() + " given.",
        "input",
        "parties");
    List<GlobalId> parties = new ArrayList<>();
    for (int i = 0; i < given.size(); i++) {
      String[] field = {"input", "parties", String.valueOf(i)};
      var type = GlobalId.tryDecode(given.get(i)).map(GlobalId::type).filter(PARTY_TYPES::contains);
      if (type.isEmpty()) {
        problems.add(UserErrorCode.NOT_FOUND, "A party is a Person or Country ID.", field);
        continue;
      }
      Long key = references.optionalKey(problems, given.get(i), type.get(), field);
      if (key != null) {
        GlobalId party = new GlobalId(type.get(), key);
        problems.check(
            !parties.contains(party), UserErrorCode.DUPLICATE, "This party is named twice.", field);
        parties.add(party);
      }
    }
    return parties;
  }
}
