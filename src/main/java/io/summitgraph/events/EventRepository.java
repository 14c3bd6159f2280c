package io.summitgraph.events;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.paging.Listing;
import io.summitgraph.common.paging.Page;
import io.summitgraph.common.paging.PageQuery;
import io.summitgraph.common.paging.PageRequest;
import io.summitgraph.common.paging.SortKey;
import io.summitgraph.common.paging.Sorting;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

@ApplicationScoped
public class EventRepository implements PanacheRepositoryBase<EventEntity, Long> {

  /** Events under the countries they are in: their own country, and their location's. */
  private static final String BY_COUNTRY = byCountry(column -> RowsByKey.anyOf(column, "parents"));

  /**
   * Events under their location and every location enclosing it (UNION stops at a cycle, should the
   * data ever hold one).
   */
  private static final String BY_LOCATION =
      byLocation(column -> RowsByKey.anyOf(column, "parents"));

  /**
   * {@link #BY_COUNTRY}, its countries chosen by {@code parents} (a condition on the column that
   * holds the country key).
   */
  private static String byCountry(UnaryOperator<String> parents) {
    return "(select e.*, e.country_id as parent_key, "
        + ListedEventEntity.NO_PARTICIPATION_COLUMNS
        + " from event e where "
        + parents.apply("e.country_id")
        + " union select e.*, l.country_id, "
        + ListedEventEntity.NO_PARTICIPATION_COLUMNS
        + " from event e join location l on l.id = e.location_id where "
        + parents.apply("l.country_id")
        + ") x";
  }

  /**
   * {@link #BY_LOCATION}, its locations chosen by {@code parents} (a condition on the column that
   * holds the location key).
   */
  private static String byLocation(UnaryOperator<String> parents) {
    return "(with recursive inside(ancestor_id, id) as (select id, id from location where "
        + parents.apply("id")
        + " union select i.ancestor_id, l.id from location l join inside i on l.parent_id = i.id)"
        + " select e.*, i.ancestor_id as parent_key, "
        + ListedEventEntity.NO_PARTICIPATION_COLUMNS
        + " from event e join inside i on i.id = e.location_id) x";
  }

  /** Events under each of their participants, with the participation. */
  private static final String BY_PARTICIPANT =
      "(select e.*, pa.person_id as parent_key, "
          + ListedEventEntity.PARTICIPATION_COLUMNS
          + " from event e join participation pa on pa.event_id = e.id"
          + " where "
          + RowsByKey.anyOf("pa.person_id", "parents")
          + ") x";

  public List<EventEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), EventEntity.class, ids);
  }

  /** The events that follow up any of these events. */
  public List<EventEntity> findFollowUps(Collection<Long> eventKeys) {
    return RowsByKey.of(getEntityManager(), EventEntity.class, "follow_up_of_id").list(eventKeys);
  }

  Page<EventEntity> page(
      EventCriteria criteria, Sorting<EventOrderField> sorting, PageRequest request) {
    Listing<EventEntity> listing =
        new Listing<>(getEntityManager(), EventEntity.class, "event e", "e", e -> e.id);
    criteria.applyTo(listing, "e");
    SortKey<EventEntity> sort = EventSortKeys.of(sorting.field(), sorting.descending(), "e");
    return listing.page(sort, sorting.descending(), request);
  }

  /** The page {@link #page} reads, as SQL for the compiled read path. */
  PageQuery query(EventCriteria criteria, Sorting<EventOrderField> sorting, PageRequest request) {
    Listing<EventEntity> listing = new Listing<>("event e", "e");
    criteria.applyTo(listing, "e");
    return listing.query(
        EventSortKeys.of(sorting.field(), sorting.descending(), "e"),
        sorting.descending(),
        request,
        null);
  }

  /** {@link #pageByParticipant} for one person, as SQL for the compiled read path. */
  static PageQuery queryByParticipant(
      String personId, EventCriteria criteria, PageRequest request) {
    Listing<ListedEventEntity> listing =
        new Listing<>(
            "(select e.*, pa.person_id as parent_key, "
                + ListedEventEntity.PARTICIPATION_COLUMNS
                + " from event e join participation pa on pa.event_id = e.id) x",
            "x");
    criteria.applyTo(listing, "x");
    return listing.query(
        EventSortKeys.of(EventOrderField.DATE, false, "x"),
        false,
        request,
        "x.parent_key = " + personId);
  }

  /** {@link #pageByCountry} for one country, as SQL for the compiled read path. */
  static PageQuery queryByCountry(String countryId, PageRequest request) {
    return queryByParent(byCountry(column -> column + " = " + countryId), countryId, request);
  }

  /** {@link #pageByLocation} for one location, as SQL for the compiled read path. */
  static PageQuery queryByLocation(String locationId, PageRequest request) {
    return queryByParent(byLocation(column -> column + " = " + locationId), locationId, request);
  }

  /** {@link #pagePerParent} for one parent, as SQL for the compiled read path. */
  private static PageQuery queryByParent(String from, String parentId, PageRequest request) {
    return new Listing<ListedEventEntity>(from, "x")
        .query(
            EventSortKeys.<ListedEventEntity>of(EventOrderField.DATE, false, "x"),
            false,
            request,
            "x.parent_key = " + parentId);
  }

  /** A page of events per country, earliest first. */
  Map<Long, Page<ListedEventEntity>> pageByCountry(
      Collection<Long> countryKeys, PageRequest request) {
    return pagePerParent(BY_COUNTRY, countryKeys, EventCriteria.NONE, request);
  }

  /** A page of events per location, counting events at places inside it, earliest first. */
  Map<Long, Page<ListedEventEntity>> pageByLocation(
      Collection<Long> locationKeys, PageRequest request) {
    return pagePerParent(BY_LOCATION, locationKeys, EventCriteria.NONE, request);
  }

  /** A page of events per participant, with the participations, earliest first. */
  Map<Long, Page<ListedEventEntity>> pageByParticipant(
      Collection<Long> personKeys, EventCriteria criteria, PageRequest request) {
    return pagePerParent(BY_PARTICIPANT, personKeys, criteria, request);
  }

  private Map<Long, Page<ListedEventEntity>> pagePerParent(
      String from, Collection<Long> parentKeys, EventCriteria criteria, PageRequest request) {
    if (parentKeys.isEmpty()) {
      return Map.of();
    }
    Listing<ListedEventEntity> listing =
        new Listing<>(getEntityManager(), ListedEventEntity.class, from, "x", x -> x.id);
    // The parents also narrow the subquery, so that it reads only their rows.
    listing.where(
        RowsByKey.anyOf("x.parent_key", "parents"), "parents", RowsByKey.keyArray(parentKeys));
    criteria.applyTo(listing, "x");
    SortKey<ListedEventEntity> sort =
        EventSortKeys.<ListedEventEntity>of(EventOrderField.DATE, false, "x");
    return listing.pagePerParent(
        "x.parent_key", parentKeys, x -> x.parentKey, sort, false, request);
  }
}
