package io.summitgraph.relationships;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.ids.GlobalId;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.persistence.RowsByKey;
import io.summitgraph.people.Person;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class RelationshipRepository implements PanacheRepositoryBase<RelationshipEntity, Long> {

  private static final String FROM = "relationship r";
  private static final String SIDE_FROM = "relationship_side r";

  // Relationships with no start sort last.
  static final SortKey<RelationshipEntity> BY_SINCE =
      new SortKey<>(
          "since",
          "coalesce(r.since_on, 'infinity'::date)",
          "date",
          r -> r.since == null ? "infinity" : r.since.start.toString());
  static final SortKey<RelationshipSideEntity> SIDE_BY_SINCE =
      new SortKey<>(
          "since",
          "coalesce(r.since_on, 'infinity'::date)",
          "date",
          r -> r.since == null ? "infinity" : r.since.start.toString());

  public List<RelationshipEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), RelationshipEntity.class, ids);
  }

  Page<RelationshipEntity> page(RelationshipCriteria criteria, PageRequest request) {
    Listing<RelationshipEntity> listing =
        new Listing<>(getEntityManager(), RelationshipEntity.class, FROM, "r", r -> r.id);
    criteria.applyTo(listing, "r");
    return listing.page(BY_SINCE, false, request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(RelationshipCriteria criteria, PageRequest request) {
    Listing<RelationshipEntity> listing = new Listing<>(FROM, "r");
    criteria.applyTo(listing, "r");
    return listing.query(BY_SINCE, false, request, null);
  }

  /** {@link #pageByParties} for one party, as SQL for the compiled read path. */
  static PageQuery queryByParty(String partyId, PageRequest request) {
    return new Listing<>(SIDE_FROM, "r")
        .query(SIDE_BY_SINCE, false, request, "r.party_id = " + partyId);
  }

  /**
   * {@link #parties} for one relationship (the row), in order, for the compiled read path: the
   * party rows, each naming its party's type ({@link #PARTY_TYPE}) and key ({@link #PARTY_KEY}).
   */
  static ListRead listParties() {
    return ListRead.of(
        "Party",
        "relationship_party p",
        "p",
        "p.relationship_id = " + FieldRead.ROW + ".id",
        "p.position");
  }

  /** The GraphQL type of a relationship_party row's party, as SQL. */
  static final String PARTY_TYPE =
      "(case when {row}.person_id is not null then 'Person' else 'Country' end)";

  /** The key of a relationship_party row's party, as SQL. */
  static final String PARTY_KEY = "coalesce({row}.person_id, {row}.country_id)";

  /** A page of the relationships of each party, earliest first: one statement for all. */
  public Map<Long, Page<RelationshipSideEntity>> pageByParties(
      Collection<Long> partyKeys, PageRequest request) {
    return new Listing<RelationshipSideEntity>(
            getEntityManager(), RelationshipSideEntity.class, SIDE_FROM, "r", r -> r.id)
        .pagePerParent("r.party_id", partyKeys, r -> r.partyKey, SIDE_BY_SINCE, false, request);
  }

  /**
   * The parties of these relationships: rows of (relationship key, person key, country key), one of
   * the last two set, in order per relationship. One statement for all.
   */
  public List<Object[]> parties(Collection<Long> relationshipKeys) {
    if (relationshipKeys.isEmpty()) {
      return List.of();
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(
                "select p.relationship_id, p.person_id, p.country_id from relationship_party p"
                    + " where "
                    + RowsByKey.anyOf("p.relationship_id", "relationships")
                    + " order by p.relationship_id, p.position")
            .setParameter("relationships", RowsByKey.keyArray(relationshipKeys))
            .getResultList();
    return rows;
  }

  /** Writes the parties of a relationship already written, in order. */
  void addParties(long relationshipKey, List<GlobalId> parties) {
    for (int i = 0; i < parties.size(); i++) {
      GlobalId party = parties.get(i);
      String column = party.type().equals(Person.TYPE) ? "person_id" : "country_id";
      getEntityManager()
          .createNativeQuery(
              "insert into relationship_party (relationship_id, position, "
                  + column
                  + ") values (:relationship, :position, :party)")
          .setParameter("relationship", relationshipKey)
          .setParameter("position", i + 1)
          .setParameter("party", party.key())
          .executeUpdate();
    }
  }
}
