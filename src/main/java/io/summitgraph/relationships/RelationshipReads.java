package io.summitgraph.relationships;

import io.summitgraph.platform.compiler.PagedRead;
import io.summitgraph.platform.compiler.ReadModel;
import io.summitgraph.platform.compiler.TypeReads;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;

/**
 * How the compiled read path reads relationships, and the relationships of people and countries
 * (platform/compiler).
 */
@ApplicationScoped
class RelationshipReads implements ReadModel {

  @Override
  public List<TypeReads> types() {
    return List.of(
        TypeReads.of(Relationship.TYPE, "relationship")
            .columns("character", "character_kind", "description", "description")
            .partialDate("since", "since_on", "since_precision")
            .partialDate("until", "until_on", "until_precision")
            .listOneOf(
                "parties",
                RelationshipRepository.listParties(),
                RelationshipRepository.PARTY_TYPE,
                RelationshipRepository.PARTY_KEY),
        TypeReads.extend("Person").paged("relationships", byParty()),
        TypeReads.extend("Country").paged("relationships", byParty()));
  }

  @Override
  public Map<String, PagedRead> roots() {
    return Map.of(
        "relationships",
        PagedRead.of(
            Relationship.TYPE,
            (arguments, none) ->
                RelationshipRepository.query(
                    RelationshipCriteria.of(arguments.input("filter", RelationshipFilter.class)),
                    arguments.page())));
  }

  private static PagedRead byParty() {
    return PagedRead.of(
        Relationship.TYPE,
        (arguments, party) -> RelationshipRepository.queryByParty(party, arguments.page()));
  }
}
