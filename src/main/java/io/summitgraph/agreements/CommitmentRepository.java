package io.summitgraph.agreements;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import io.summitgraph.platform.compiler.FieldRead;
import io.summitgraph.platform.compiler.ListRead;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class CommitmentRepository implements PanacheRepositoryBase<CommitmentEntity, Long> {

  static final SortKey<CommitmentEntity> RECORDED =
      new SortKey<>("recorded", "c.id", "bigint", c -> String.valueOf(c.id));
  static final SortKey<CommitmentEntity> BY_DESCRIPTION =
      new SortKey<>("description", "c.description", "text", c -> c.description);

  /** Locations given as :locations, with every location inside them: (ancestor_id, id) pairs. */
  static final String INSIDE =
      "with recursive inside(ancestor_id, id) as (select id, id from location where "
          + RowsByKey.anyOf("id", "locations")
          + " union select i.ancestor_id, l.id from location l join inside i on l.parent_id = i.id) ";

  /** A party of a commitment, at its position. */
  record PartyLink(long commitmentKey, PartyKind kind, long partyKey) {}

  /** A location a commitment is about. */
  record LocationLink(long commitmentKey, long locationKey) {}

  /** A commitment listed under a parent (a party, a location). */
  record Parented(long parentKey, CommitmentEntity commitment) {}

  public List<CommitmentEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), CommitmentEntity.class, ids);
  }

  /** The commitments of any of these agreements, in recorded order. */
  List<CommitmentEntity> findByAgreements(Collection<Long> agreementKeys) {
    return RowsByKey.of(getEntityManager(), CommitmentEntity.class, "agreement_id")
        .orderBy("id")
        .list(agreementKeys);
  }

  /** The commitments any of these people announced, in recorded order. */
  List<CommitmentEntity> findAnnouncedBy(Collection<Long> personKeys) {
    return RowsByKey.of(getEntityManager(), CommitmentEntity.class, "announced_by_id")
        .orderBy("id")
        .list(personKeys);
  }

  /** The parties of these commitments, each commitment's in position order. */
  List<PartyLink> findParties(Collection<Long> commitmentKeys) {
    if (commitmentKeys.isEmpty()) {
      return List.of();
    }
    Query query =
        getEntityManager()
            .createNativeQuery(
                "select commitment_id, person_id, country_id, organization_id from commitment_party"
                    + " where "
                    + RowsByKey.anyOf("commitment_id", "commitments")
                    + " order by commitment_id, position")
            .setParameter("commitments", RowsByKey.keyArray(commitmentKeys));
    List<PartyLink> links = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      long commitment = ((Number) columns[0]).longValue();
      for (PartyKind kind : PartyKind.values()) {
        Object party = columns[1 + kind.ordinal()];
        if (party != null) {
          links.add(new PartyLink(commitment, kind, ((Number) party).longValue()));
        }
      }
    }
    return links;
  }

  /** The locations these commitments are about. */
  List<LocationLink> findLocations(Collection<Long> commitmentKeys) {
    if (commitmentKeys.isEmpty()) {
      return List.of();
    }
    Query query =
        getEntityManager()
            .createNativeQuery(
                "select commitment_id, location_id from commitment_location"
                    + " where "
                    + RowsByKey.anyOf("commitment_id", "commitments")
                    + " order by commitment_id, location_id")
            .setParameter("commitments", RowsByKey.keyArray(commitmentKeys));
    List<LocationLink> links = new ArrayList<>();
    for (Object row : query.getResultList()) {
      Object[] columns = (Object[]) row;
      links.add(
          new LocationLink(((Number) columns[0]).longValue(), ((Number) columns[1]).longValue()));
    }
    return links;
  }

  /** The commitments binding any of these parties, under each party, in recorded order. */
  List<Parented> findByParties(PartyKind kind, Collection<Long> partyKeys) {
    if (partyKeys.isEmpty()) {
      return List.of();
    }
    // The column comes from the enum, never from a client.
    return parented(
        "select distinct c.*, cp."
            + kind.column
            + " as parent_key from commitment c join commitment_party cp on cp.commitment_id = c.id"
            + " where "
            + RowsByKey.anyOf("cp." + kind.column, "parents")
            + " order by c.id",
        "parents",
        partyKeys);
  }

  /**
   * The commitments about any of these locations or places inside them, under each location, in
   * recorded order.
   */
  List<Parented> findByLocations(Collection<Long> locationKeys) {
    if (locationKeys.isEmpty()) {
      return List.of();
    }
    return parented(
        INSIDE
            + "select distinct c.*, i.ancestor_id as parent_key from commitment c"
            + " join commitment_location cl on cl.commitment_id = c.id join inside i on i.id = cl.location_id"
            + " order by c.id",
        "locations",
        locationKeys);
  }

  Page<CommitmentEntity> page(
      CommitmentCriteria criteria, Sorting<CommitmentOrderField> sorting, PageRequest request) {
    Listing<CommitmentEntity> listing =
        new Listing<>(getEntityManager(), CommitmentEntity.class, "commitment c", "c", c -> c.id);
    criteria.applyTo(listing, "c");
    return listing.page(sortKey(sorting), sorting.descending(), request);
  }

  /** {@link #page} as SQL for the compiled read path. */
  static PageQuery query(
      CommitmentCriteria criteria, Sorting<CommitmentOrderField> sorting, PageRequest request) {
    Listing<CommitmentEntity> listing = new Listing<>("commitment c", "c");
    criteria.applyTo(listing, "c");
    return listing.query(sortKey(sorting), sorting.descending(), request, null);
  }

  /**
   * The commitments meeting {@code condition} (SQL over {@code c} and the parent row {@value
   * FieldRead#ROW}), in recorded order, for the compiled read path.
   */
  static ListRead listWhere(String condition) {
    return ListRead.of(Commitment.TYPE, "commitment c", "c", condition, "c.id");
  }

  /** {@link #findByParties} for one party (the row) of this kind, for the compiled read path. */
  static ListRead listByParty(PartyKind kind) {
    return listWhere(
        "exists (select 1 from commitment_party cp where cp.commitment_id = c.id and cp."
            + kind.column
            + " = "
            + FieldRead.ROW
            + ".id)");
  }

  /**
   * {@link #findByLocations} for one location (the row): the commitments about it or a place inside
   * it, for the compiled read path.
   */
  static ListRead listByLocation() {
    return listWhere(
        "exists (select 1 from commitment_location cl where cl.commitment_id = c.id and"
            + " cl.location_id in (with recursive inside(id) as (select "
            + FieldRead.ROW
            + ".id union select l.id from location l join inside i on l.parent_id = i.id)"
            + " select id from inside))");
  }

  /** {@link #findLocations} for one commitment (the row), for the compiled read path. */
  static ListRead listLocations() {
    return ListRead.of(
        "Location",
        "location l",
        "l",
        "exists (select 1 from commitment_location cl where cl.location_id = l.id and"
            + " cl.commitment_id = "
            + FieldRead.ROW
            + ".id)",
        "l.id");
  }

  /**
   * {@link #findParties} for one commitment (the row), in position order, for the compiled read
   * path: the link rows, each naming its party's type ({@link #PARTY_TYPE}) and key ({@link
   * #PARTY_KEY}).
   */
  static ListRead listParties() {
    return ListRead.of(
        "Party",
        "commitment_party cp",
        "cp",
        "cp.commitment_id = " + FieldRead.ROW + ".id",
        "cp.position");
  }

  /** The GraphQL type of a commitment_party row's party, as SQL. */
  static final String PARTY_TYPE =
      "(case when {row}.person_id is not null then 'Person'"
          + " when {row}.country_id is not null then 'Country' else 'Organization' end)";

  /** The key of a commitment_party row's party, as SQL. */
  static final String PARTY_KEY =
      "coalesce({row}.person_id, {row}.country_id, {row}.organization_id)";

  private static SortKey<CommitmentEntity> sortKey(Sorting<CommitmentOrderField> sorting) {
    return sorting.field() == CommitmentOrderField.DESCRIPTION ? BY_DESCRIPTION : RECORDED;
  }

  @SuppressWarnings("unchecked")
  private List<Parented> parented(String sql, String parameter, Collection<Long> keys) {
    List<Object[]> rows =
        getEntityManager()
            .createNativeQuery(sql, CommitmentEntity.WITH_PARENT_KEY)
            .setParameter(parameter, RowsByKey.keyArray(keys))
            .getResultList();
    return rows.stream()
        .map(row -> new Parented(((Number) row[1]).longValue(), (CommitmentEntity) row[0]))
        .toList();
  }
}
