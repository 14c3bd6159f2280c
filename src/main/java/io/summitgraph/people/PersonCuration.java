package io.summitgraph.people;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.facts.NamedRecordCuration;
import io.summitgraph.locations.Location;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * What curators do to people: record them, correct them, merge duplicates. The steps every named
 * record shares are {@link NamedRecordCuration}'s; a person adds a residence.
 */
@ApplicationScoped
public class PersonCuration extends NamedRecordCuration<PersonEntity> {

  @Inject PersonRepository repository;

  public PersonCuration() {
    super(Person.TYPE, "person", "The person", "A person");
  }

  @Override
  protected PersonRepository repository() {
    return repository;
  }

  @CuratorChange
  public Person create(PersonCreateInput input) {
    Problems problems = new Problems();
    PersonEntity person = new PersonEntity();
    named(problems, person, input.name(), input.aliases(), input.description(), input.country());
    person.residenceKey = residenceKey(problems, input.residence());
    return Person.from(recorded(problems, person, input.citation()));
  }

  @CuratorChange
  public Person update(PersonUpdateInput input) {
    Problems problems = new Problems();
    PersonEntity person = current(problems, input.person(), input.version(), "person");
    corrected(
        problems, person, input.name(), input.aliases(), input.description(), input.country());
    if (input.residence() != null) {
      person.residenceKey = residenceKey(problems, input.residence());
    }
    return Person.from(updated(problems, person));
  }

  @CuratorChange
  public Person merge(PersonMergeInput input) {
    return Person.from(
        merge(input.survivor(), input.survivorVersion(), input.merged(), input.mergedVersion()));
  }

  @Override
  protected void absorb(PersonEntity survivor, PersonEntity merged) {
    if (survivor.residenceKey == null) {
      survivor.residenceKey = merged.residenceKey;
    }
  }

  private Long residenceKey(Problems problems, String residence) {
    return references.optionalKey(problems, residence, Location.TYPE, "input", "residence");
  }
}
