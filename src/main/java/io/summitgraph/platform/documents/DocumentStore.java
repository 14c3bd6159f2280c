package io.summitgraph.platform.documents;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Persisted documents in PostgreSQL (table {@code persisted_document}, migration V20), so every
 * instance of the service behind a load balancer knows what any of them stored. Documents are
 * immutable (a hash names one text), so each instance also keeps the ones it used recently in
 * memory (at most 1000; one evicted from the table by another instance may still be served from
 * there, which is harmless). Blocking: call it on a worker thread.
 */
@ApplicationScoped
public class DocumentStore {

  /** A document and whether an operator registered it as trusted. */
  public record Stored(String document, boolean trusted) {}

  private static final int REMEMBERED = 1000;

  @Inject AgroalDataSource dataSource;
  @Inject DocumentsConfig config;

  private final Map<String, Stored> recent =
      new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Stored> eldest) {
          return size() > REMEMBERED;
        }
      };

  /**
   * The document with this hash, or null. With {@code trustedOnly}, a document remembered as not
   * trusted is read again (an operator may have registered it since, on any instance).
   */
  public Stored find(String hash, boolean trustedOnly) throws SQLException {
    synchronized (recent) {
      Stored known = recent.get(hash);
      if (known != null && (known.trusted() || !trustedOnly)) {
        return known;
      }
    }
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement =
            connection.prepareStatement(
                "select document, trusted from persisted_document where hash = ?")) {
      statement.setString(1, hash);
      try (ResultSet rows = statement.executeQuery()) {
        if (!rows.next()) {
          return null;
        }
        Stored stored = new Stored(rows.getString(1), rows.getBoolean(2));
        remember(hash, stored);
        return stored;
      }
    }
  }

  /**
   * Stores a document registered by automatic persisted queries (the caller verified its hash),
   * then drops the oldest such documents beyond the configured bound.
   */
  public void storeAutomatic(String hash, String document) throws SQLException {
    try (Connection connection = dataSource.getConnection()) {
      int inserted;
      try (PreparedStatement insert =
          connection.prepareStatement(
              "insert into persisted_document (hash, document, trusted) values (?, ?, false)"
                  + " on conflict (hash) do nothing")) {
        insert.setString(1, hash);
        insert.setString(2, document);
        inserted = insert.executeUpdate();
      }
      if (inserted > 0) {
        try (PreparedStatement evict =
            connection.prepareStatement(
                "delete from persisted_document where hash in (select hash from persisted_document"
                    + " where not trusted order by created_at desc, hash offset ?) returning hash")) {
          evict.setInt(1, config.apqMaxEntries());
          try (ResultSet evicted = evict.executeQuery()) {
            synchronized (recent) {
              while (evicted.next()) {
                recent.remove(evicted.getString(1));
              }
            }
          }
        }
      }
    }
    remember(hash, new Stored(document, false));
  }

  /**
   * Registers trusted documents (an app release's operations); a document already stored by
   * automatic persisted queries becomes trusted.
   *
   * @return how many were not trusted before
   */
  public int storeTrusted(Map<String, String> documents, String release) throws SQLException {
    int added = 0;
    try (Connection connection = dataSource.getConnection();
        PreparedStatement upsert =
            connection.prepareStatement(
                "insert into persisted_document (hash, document, trusted, release)"
                    + " values (?, ?, true, ?) on conflict (hash) do update set trusted = true,"
                    + " release = coalesce(persisted_document.release, excluded.release)"
                    + " where not persisted_document.trusted")) {
      for (Map.Entry<String, String> entry : documents.entrySet()) {
        upsert.setString(1, entry.getKey());
        upsert.setString(2, entry.getValue());
        upsert.setString(3, release);
        added += upsert.executeUpdate();
      }
    }
    synchronized (recent) {
      documents.keySet().forEach(recent::remove);
    }
    return added;
  }

  private void remember(String hash, Stored stored) {
    synchronized (recent) {
      recent.put(hash, stored);
    }
  }
}
