package io.summitgraph.sources;

import io.summitgraph.common.mutations.CuratorChange;
import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.References;
import io.summitgraph.common.mutations.Texts;
import io.summitgraph.common.mutations.UserErrorCode;
import io.summitgraph.common.mutations.UserErrorsException;
import io.summitgraph.common.time.PartialDate;
import io.summitgraph.common.time.PartialDates;
import io.summitgraph.organizations.Organization;
import io.summitgraph.people.Person;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Types;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.hibernate.Session;

/**
 * Stores an article once per text (its SHA-256 is unique in the database, so two concurrent
 * ingestions of one text give one source) and links its mentions in the same transaction.
 */
@ApplicationScoped
public class SourceIngestService {

  static final int MAX_TITLE = 500;
  static final int MAX_TEXT = 2_000_000;
  static final int MAX_URL = 2_000;

  /** The stored source, and whether this call stored it. */
  public record Ingested(Source source, boolean created) {}

  @Inject EntityManager entityManager;
  @Inject SourceService sources;
  @Inject Event<SourceIngested> ingested;
  @Inject References references;

  @CuratorChange
  public Ingested ingest(SourceIngestInput input) {
    Problems problems = new Problems();
    String title = input.title() == null ? "" : input.title().strip();
    if (title.isEmpty()) {
      problems.add(UserErrorCode.INVALID, "A title is required.", "input", "title");
    } else {
      problems.check(
          title.length() <= MAX_TITLE,
          UserErrorCode.INVALID,
          "The title is longer than " + MAX_TITLE + " characters.",
          "input",
          "title");
    }
    String text = input.text() == null ? "" : input.text();
    if (text.isBlank()) {
      problems.add(UserErrorCode.INVALID, "The text is empty.", "input", "text");
    } else {
      problems.check(
          text.length() <= MAX_TEXT,
          UserErrorCode.INVALID,
          "The text is longer than " + MAX_TEXT + " characters.",
          "input",
          "text");
    }
    problems.check(
        text.indexOf('\0') < 0 && title.indexOf('\0') < 0,
        UserErrorCode.INVALID,
        "The title and text may not contain NUL characters.",
        "input",
        text.indexOf('\0') >= 0 ? "text" : "title");
    String url = checkedUrl(input.url(), problems);
    PartialDate publishedOn = checkedDate(input.publishedOn(), problems);
    Long author = references.optionalKey(problems, input.author(), Person.TYPE, "input", "author");
    Long publisher =
        references.optionalKey(
            problems, input.publisher(), Organization.TYPE, "input", "publisher");
    problems.throwIfAny();

    String hash = sha256(text);
    Long created = insert(title, author, publisher, publishedOn, url, text, hash);
    if (created != null) {
      ingested.fire(new SourceIngested(created));
      return new Ingested(sources.byKeys(List.of(created)).get(created), true);
    }
    List<?> existing =
        entityManager
            .createNativeQuery("select id from source where content_hash = :hash")
            .setParameter("hash", hash)
            .getResultList();
    if (existing.isEmpty()) {
      // Another text's source holds the slug: its title words and the first 64 bits of the hash.
      throw UserErrorsException.of(
          UserErrorCode.DUPLICATE,
          "Another source has the same title and the same start of its text's hash.",
          "input",
          "title");
    }
    long key = ((Number) existing.get(0)).longValue();
    return new Ingested(sources.byKeys(List.of(key)).get(key), false);
  }

  /**
   * Inserts the source unless its text is stored already; returns the new key, or null.
   *
   * <p>The conflict clause names no index on purpose: with {@code (content_hash)} only that index
   * arbitrates, and two racing ingestions of one text can meet first on the slug index, where the
   * second fails with a unique violation instead of finding the first's row.
   */
  private Long insert(
      String title,
      Long author,
      Long publisher,
      PartialDate publishedOn,
      String url,
      String text,
      String hash) {
    return entityManager
        .unwrap(Session.class)
        .doReturningWork(
            connection -> {
              try (PreparedStatement insert =
                  connection.prepareStatement(
                      "insert into source (slug, title, author_id, publisher_id, published_on,"
                          + " published_precision, url, text, content_hash)"
                          + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)"
                          + " on conflict do nothing returning id")) {
                insert.setString(1, slug(title, hash));
                insert.setString(2, title);
                insert.setObject(3, author, Types.BIGINT);
                insert.setObject(4, publisher, Types.BIGINT);
                insert.setObject(
                    5, publishedOn == null ? null : Date.valueOf(publishedOn.start), Types.DATE);
                insert.setObject(
                    6,
                    publishedOn == null ? null : publishedOn.getPrecision().name(),
                    Types.VARCHAR);
                insert.setString(7, url);
                insert.setString(8, text);
                insert.setString(9, hash);
                try (ResultSet rows = insert.executeQuery()) {
                  return rows.next() ? rows.getLong(1) : null;
                }
              }
            });
  }

  /** A readable, unique slug: the title's words, then the start of the text's hash. */
  static String slug(String title, String hash) {
    String words =
        Normalizer.normalize(title, Normalizer.Form.NFKD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT)
            .replaceAll("[^a-z0-9]+", "-")
            .replaceAll("(^-+|-+$)", "");
    if (words.length() > 60) {
      words = words.substring(0, 60).replaceAll("-+$", "");
    }
    return (words.isEmpty() ? "source" : words) + "-" + hash.substring(0, 16);
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always available", e);
    }
  }

  private static String checkedUrl(String value, Problems problems) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String url = value.strip();
    try {
      URI uri = new URI(url);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && url.length() <= MAX_URL) {
        return url;
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    problems.add(
        UserErrorCode.INVALID,
        "The URL must be an absolute http or https address (at most " + MAX_URL + " characters).",
        "input",
        "url");
    return null;
  }

  /**
   * A publication date as every mutation reads dates ({@link PartialDates}), never in the future.
   */
  private static PartialDate checkedDate(String value, Problems problems) {
    PartialDate date = PartialDates.parse(Texts.optional(value), problems, "input", "publishedOn");
    if (date == null) {
      return null;
    }
    boolean past =
        problems.check(
            !date.getEarliest().isAfter(LocalDate.now(ZoneOffset.UTC)),
            UserErrorCode.INVALID,
            "The publication date " + date.getIso() + " is in the future.",
            "input",
            "publishedOn");
    return past ? date : null;
  }
}
