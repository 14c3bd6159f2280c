package io.summitgraph.people;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.summitgraph.common.persistence.RowsByKey;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;

@ApplicationScoped
public class PersonRoleRepository implements PanacheRepositoryBase<PersonRoleEntity, Long> {

  /** Roles with a known start first, earliest first; then the others; the id breaks ties. */
  private static final String BY_START = byStart(null);

  /** {@link #BY_START} over the columns under {@code alias} (none when null). */
  static String byStart(String alias) {
    String a = alias == null ? "" : alias + ".";
    return a + "started_on asc nulls last, " + a + "id";
  }

  public List<PersonRoleEntity> findByIds(Collection<Long> ids) {
    return RowsByKey.byIds(getEntityManager(), PersonRoleEntity.class, ids);
  }

  /** The roles these people hold or held, by start date then id. */
  public List<PersonRoleEntity> findByPeople(Collection<Long> personKeys) {
    return RowsByKey.of(getEntityManager(), PersonRoleEntity.class, "person_id")
        .orderBy(BY_START)
        .list(personKeys);
  }

  /** The roles held in these organizations, by start date then id. */
  public List<PersonRoleEntity> findByOrganizations(Collection<Long> organizationKeys) {
    return RowsByKey.of(getEntityManager(), PersonRoleEntity.class, "organization_id")
        .orderBy(BY_START)
        .list(organizationKeys);
  }

  /** The roles that serve these countries, by start date then id. */
  public List<PersonRoleEntity> findByCountries(Collection<Long> countryKeys) {
    return RowsByKey.of(getEntityManager(), PersonRoleEntity.class, "country_id")
        .orderBy(BY_START)
        .list(countryKeys);
  }

  /**
   * The organizations these people hold roles in, each once per person, by name then id: rows of
   * (person key, organization).
   */
  public List<Object[]> findOrganizationsOfPeople(Collection<Long> personKeys) {
    if (personKeys.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createQuery(
            "select distinct r.personKey, o from PersonRoleEntity r"
                + " join OrganizationEntity o on o.id = r.organizationKey"
                + " where r.personKey in :people order by o.name, o.id",
            Object[].class)
        .setParameter("people", personKeys)
        .getResultList();
  }
}
