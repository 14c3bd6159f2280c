package io.summitgraph.people;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.mutations.Versions;
import io.summitgraph.common.persistence.Merges;
import io.summitgraph.countries.Country;
import io.summitgraph.facts.CitationWriter;
import io.summitgraph.places.Location;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** What curators do to people: record them, correct them, merge duplicates. */
@ApplicationScoped
public class PersonCuration {

  @Inject PersonRepository repository;
  @Inject References references;
  @Inject CitationWriter citations;
  @Inject Merges merges;

  @CuratorChange
  public Person create(PersonCreateInput input) {
    Problems problems = new Problems();
    PersonEntity person = new PersonEntity();
    person.name = Texts.required(problems, input.name(), "input", "name");
    person.aliases = Texts.names(input.aliases());
    person.description = Texts.optional(input.description());
    person.countryKey =
        references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    person.residenceKey =
        references.optionalKey(problems, input.residence(), Location.TYPE, "input", "residence");
    var citation = citations.check(problems, input.citation(), "input", "citation");
    problems.throwIfAny();
    repository.persist(person);
    citations.attach(person.id, citation);
    return Person.from(person);
  }

  @CuratorChange
  public Person update(PersonUpdateInput input) {
    Problems problems = new Problems();
    Long key = references.key(problems, input.person(), Person.TYPE, "input", "person");
    problems.throwIfAny();
    PersonEntity person = current(key, input.version(), "version");
    if (input.name() != null) {
      person.name = Texts.required(problems, input.name(), "input", "name");
    }
    if (input.aliases() != null) {
      person.aliases = Texts.names(input.aliases());
    }
    if (input.description() != null) {
      person.description = Texts.optional(input.description());
    }
    if (input.country() != null) {
      person.countryKey =
          references.optionalKey(problems, input.country(), Country.TYPE, "input", "country");
    }
    if (input.residence() != null) {
      person.residenceKey =
          references.optionalKey(problems, input.residence(), Location.TYPE, "input", "residence");
    }
    problems.throwIfAny();
    repository.flush();
    return Person.from(person);
  }

  @CuratorChange
  public Person merge(PersonMergeInput input) {
    Problems problems = new Problems();
    Long survivorKey = references.key(problems, input.survivor(), Person.TYPE, "input", "survivor");
    Long mergedKey = references.key(problems, input.merged(), Person.TYPE, "input", "merged");
    problems.throwIfAny();
    if (survivorKey.equals(mergedKey)) {
      throw UserErrorsException.of(
          UserErrorCode.INVALID, "A person cannot be merged into itself.", "input", "merged");
    }
    PersonEntity survivor = current(survivorKey, input.survivorVersion(), "survivorVersion");
    PersonEntity merged = current(mergedKey, input.mergedVersion(), "mergedVersion");
    survivor.aliases =
        Texts.mergedAliases(survivor.name, survivor.aliases, merged.name, merged.aliases);
    if (survivor.description == null) {
      survivor.description = merged.description;
    }
    if (survivor.countryKey == null) {
      survivor.countryKey = merged.countryKey;
    }
    if (survivor.residenceKey == null) {
      survivor.residenceKey = merged.residenceKey;
    }
    repository.flush();
    repository.getEntityManager().detach(merged);
    merges.merge("person", mergedKey, input.mergedVersion(), survivorKey);
    return Person.from(survivor);
  }

  private PersonEntity current(long key, int version, String versionField) {
    PersonEntity person = repository.findById(key);
    Versions.require(person.version, version, "The person", "input", versionField);
    return person;
  }
}
