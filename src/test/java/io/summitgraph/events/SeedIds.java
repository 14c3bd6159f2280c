package io.summitgraph.events;

import io.summitgraph.common.ids.GlobalId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Global IDs of seeded things that no query on this branch reaches by name (a county, an
 * organization), read straight from the database so tests can start from them.
 */
@ApplicationScoped
@Transactional
public class SeedIds {

  @Inject EntityManager entityManager;

  public String location(String name) {
    return GlobalId.encode("Location", key("select id from location where name = :name", name));
  }

  public String organization(String name) {
    return GlobalId.encode(
        "Organization", key("select id from organization where name = :name", name));
  }

  public String person(String name) {
    return GlobalId.encode("Person", key("select id from person where name = :name", name));
  }

  public String event(String name) {
    return GlobalId.encode("Event", key("select id from event where name = :name", name));
  }

  public String country(String isoCode) {
    return GlobalId.encode(
        "Country", key("select id from country where iso_code = :name", isoCode));
  }

  private long key(String sql, String name) {
    return ((Number)
            entityManager.createNativeQuery(sql).setParameter("name", name).getSingleResult())
        .longValue();
  }
}
