package io.summitgraph.people;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Roles held in organizations, for the tests of the role ↔ organization relations: the articles
 * name no organization for any role (Kim Yong-chol is "Foreign Minister" with no ministry), so the
 * seed has none. The rows are committed (the service reads them over HTTP in its own transactions),
 * each with a verbatim citation as the schema requires, and deleted again on close. Titles start
 * with "Fixture:" so they are never mistaken for the articles' facts.
 */
final class OrganizationRolesFixture implements AutoCloseable {

  static final String MINISTRY = "Foreign Ministry of North Korea";
  static final String AGENCY = "KCNA";
  static final String PERSON = "Kim Yong-chol";

  private static final String SOURCE = "002_49d120ea23732ed2";
  private static final String EXCERPT = "Foreign Minister Kim Yong-chol";

  private final DataSource dataSource;
  private final List<Long> roleIds = new ArrayList<>();

  private OrganizationRolesFixture(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Kim Yong-chol gets two roles in the Foreign Ministry (one dated May 2018, one undated) and one
   * in KCNA.
   */
  static OrganizationRolesFixture insert(DataSource dataSource) throws SQLException {
    OrganizationRolesFixture fixture = new OrganizationRolesFixture(dataSource);
    try (Connection connection = dataSource.getConnection()) {
      connection.setAutoCommit(false);
      try {
        fixture.role(connection, "Fixture: minister", MINISTRY, "2018-05-01", "MONTH");
        fixture.role(connection, "Fixture: spokesperson", MINISTRY, null, null);
        fixture.role(connection, "Fixture: contributor", AGENCY, null, null);
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    }
    return fixture;
  }

  private void role(
      Connection connection, String title, String organization, String started, String precision)
      throws SQLException {
    long id;
    try (PreparedStatement insert =
        connection.prepareStatement(
            "insert into person_role (person_id, title, organization_id, country_id, started_on,"
                + " started_precision) select p.id, ?, o.id, p.country_id, cast(? as date), ?"
                + " from person p, organization o where p.name = ? and o.name = ? returning id")) {
      insert.setString(1, title);
      insert.setString(2, started);
      insert.setString(3, precision);
      insert.setString(4, PERSON);
      insert.setString(5, organization);
      try (ResultSet rows = insert.executeQuery()) {
        rows.next();
        id = rows.getLong(1);
      }
    }
    roleIds.add(id);
    try (PreparedStatement cite =
        connection.prepareStatement(
            "insert into citation (fact_id, source_id, excerpt)"
                + " select ?, s.id, ? from source s where s.slug = ?")) {
      cite.setLong(1, id);
      cite.setString(2, EXCERPT);
      cite.setString(3, SOURCE);
      cite.executeUpdate();
    }
  }

  @Override
  public void close() throws SQLException {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement delete =
            connection.prepareStatement("delete from person_role where id = any (?)")) {
      delete.setArray(1, connection.createArrayOf("bigint", roleIds.toArray()));
      delete.executeUpdate();
    }
  }
}
