package io.summitgraph.synthetic;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * A deterministic synthetic dataset, loaded beside the real one through PostgreSQL's bulk path
 * (COPY), for measuring the service at scale.
 *
 * <p>Scale 1 is about 100,000 rows (organizations, locations, people, events, participations,
 * quotes, sources, citations); scale 50 about 5 million. Every value is a pure function of the
 * scale and the row's index (a hashed, seeded generator), so the same scale always gives the same
 * rows, and the data can be streamed without holding it. Its shape is realistic where it matters
 * for cost: participation is skewed (a few people take part in a great many events), sources are
 * long texts that each carry many citations, and every fact has a citation whose excerpt stands
 * verbatim in its source.
 *
 * <p>The per-row triggers (fact registry, verbatim excerpt, deferred "fact is cited") would make
 * COPY slow, so the load runs with {@code session_replication_role = replica} (superuser, or a role
 * granted SET on that parameter), writes the fact registry itself, and then proves the rules
 * set-based, in the same transaction: any violation rolls the whole load back.
 */
public final class SyntheticData {

  private static final Logger LOG = Logger.getLogger(SyntheticData.class);

  /** Marks every synthetic source, so a second load is refused rather than doubled. */
  static final String SLUG_PREFIX = "synthetic-";

  private static final long SEED = 0x5EED_2018_0612L;

  private static final String[] FIRST_NAMES = {
    "Ana", "Boris", "Chen", "Dara", "Elif", "Farid", "Grace", "Hiro", "Ines", "Jamal", "Kofi",
    "Lena", "Mateo", "Nadia", "Oskar", "Priya", "Quentin", "Rosa", "Sami", "Tomas", "Uma", "Viktor",
    "Wen", "Ximena", "Yusuf", "Zofia", "Ahn", "Bilal", "Carmen", "Dmitri", "Esther", "Felix"
  };
  private static final String[] LAST_NAMES = {
    "Abbott",
    "Bakker",
    "Castell",
    "Dubois",
    "Eriksen",
    "Fischer",
    "Garcia",
    "Haddad",
    "Ivanova",
    "Jensen",
    "Kowalski",
    "Lindqvist",
    "Moreau",
    "Nakamura",
    "Okafor",
    "Petrov",
    "Quispe",
    "Rossi",
    "Sato",
    "Tanaka",
    "Urbina",
    "Varga",
    "Weber",
    "Xu",
    "Yilmaz",
    "Zhou",
    "Park",
    "Choi",
    "Lee"
  };
  private static final String[] PLACES = {
    "Lisbon",
    "Oslo",
    "Hanoi",
    "Geneva",
    "Vienna",
    "Panmunjom",
    "Helsinki",
    "Nairobi",
    "Bogota",
    "Manila",
    "Reykjavik",
    "Doha",
    "Jakarta",
    "Lima",
    "Tbilisi",
    "Riga",
    "Accra",
    "Seoul",
    "Osaka"
  };
  private static final String[] TOPICS = {
    "nuclear disarmament", "trade", "fisheries", "border security", "humanitarian aid",
    "missile testing", "sanctions relief", "family reunions", "energy supply", "food security",
    "cultural exchange", "maritime boundaries", "inspections", "prisoner exchange", "rail links"
  };
  private static final String[] WORDS = {
    "the",
    "delegation",
    "officials",
    "talks",
    "agreed",
    "said",
    "week",
    "statement",
    "according",
    "reported",
    "envoy",
    "progress",
    "meeting",
    "ministry",
    "proposal",
    "negotiators",
    "summit",
    "relations",
    "peace",
    "pressure",
    "deal",
    "sources",
    "government",
    "region",
    "leaders",
    "after",
    "before",
    "while",
    "analysts",
    "expected",
    "further",
    "steps",
    "joint",
    "visit",
    "program"
  };
  private static final String[] EVENT_KINDS = {
    "MEETING", "TALKS", "VISIT", "SUMMIT", "ANNOUNCEMENT", "RALLY", "TRIP", "STATEMENT"
  };
  private static final String[] ROLES = {"PRINCIPAL", "DELEGATE", "HOST", "VISITOR", "SPEAKER"};
  private static final String[] LOCATION_KINDS = {"CITY", "VENUE", "SITE", "FACILITY", "REGION"};
  private static final String[] ORGANIZATION_KINDS = {
    "GOVERNMENT", "MINISTRY", "AGENCY", "NEWS_AGENCY", "BROADCASTER", "NEWSPAPER", "MAGAZINE"
  };
  private static final LocalDate EPOCH = LocalDate.of(1950, 1, 1);
  private static final int DAYS = 76 * 365;

  /** How many rows of each kind a scale gives. */
  public record Counts(
      int organizations,
      int locations,
      int people,
      int events,
      int participations,
      int quotes,
      int sources) {

    /** Facts (each with one citation): everything but sources. */
    public int facts() {
      return organizations + locations + people + events + participations + quotes;
    }

    /** Rows in all: facts, their citations and the sources. */
    public long rows() {
      return 2L * facts() + sources;
    }
  }

  /** What a load wrote. */
  public record Result(double scale, Counts counts, long firstId, long lastId, long millis) {}

  private final double scale;
  private final int organizations;
  private final int locations;
  private final int people;
  private final int events;
  private final int quotes;
  private final int sources;
  private final int[] participantsBefore;

  private long[] countryIds;
  private String[] countryNames;
  private long base;

  public SyntheticData(double scale) {
    if (!(scale > 0) || scale > 1000) {
      throw new IllegalArgumentException("The scale must be above 0 and at most 1000: " + scale);
    }
    this.scale = scale;
    organizations = count(100);
    locations = count(300);
    people = count(2_000);
    events = count(12_000);
    quotes = count(3_000);
    sources = count(600);
    participantsBefore = new int[events + 1];
    for (int e = 0; e < events; e++) {
      participantsBefore[e + 1] = participantsBefore[e] + participantCount(e);
    }
  }

  private int count(int atScaleOne) {
    return (int) Math.max(1, Math.round(atScaleOne * scale));
  }

  public Counts counts() {
    return new Counts(
        organizations, locations, people, events, participantsBefore[events], quotes, sources);
  }

  /**
   * Loads the dataset in one transaction on this connection (auto-commit is restored afterwards).
   *
   * @throws IllegalStateException when synthetic rows are already there, when the role may not
   *     disable triggers, or when the loaded rows break a rule of the domain (then nothing stays)
   */
  public Result load(Connection connection) throws SQLException {
    long started = System.nanoTime();
    boolean autoCommit = connection.getAutoCommit();
    connection.setAutoCommit(false);
    // Nor may the API's socket timeout (pgjdbc's socketTimeout) close the connection under a long
    // index build: a trigram index over 600,000 event names took longer than 30 s on a busy
    // machine.
    int networkTimeout = connection.getNetworkTimeout();
    connection.setNetworkTimeout(Runnable::run, 0);
    try (Statement statement = connection.createStatement()) {
      if (exists(statement, "select 1 from source where slug like '" + SLUG_PREFIX + "%'")) {
        throw new IllegalStateException(
            "Synthetic data is already loaded in this database; load it into a fresh one");
      }
      // A bulk load, not an API query: the API's statement timeout would stop its index builds.
      statement.execute("set local statement_timeout = 0");
      try {
        statement.execute("set local session_replication_role = replica");
      } catch (SQLException e) {
        throw new IllegalStateException(
            "The synthetic load disables triggers for COPY and proves the rules afterwards: it needs"
                + " a superuser, or a role granted SET on session_replication_role",
            e);
      }
      readCountries(statement);
      Counts counts = counts();
      long ids = counts.rows();
      try (ResultSet rs = statement.executeQuery("select nextval('fact_id_seq')")) {
        rs.next();
        base = rs.getLong(1);
      }
      statement.execute("select setval('fact_id_seq', " + (base + ids - 1) + ")");
      LOG.infof(
          "Loading synthetic data at scale %s: %s, ids %d..%d",
          scale, counts, base, base + ids - 1);

      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      Step step = new Step();
      statement.execute("set local maintenance_work_mem = '256MB'");
      statement.execute("set local work_mem = '512MB'");
      List<String> indexes = dropSecondaryIndexes(statement);
      step.done("secondary indexes dropped (" + indexes.size() + ")");
      copyOrganizations(copy);
      copyLocations(copy);
      copyPeople(copy);
      step.done("organizations, locations, people");
      copyEvents(copy);
      step.done("events");
      copyParticipations(copy);
      step.done("participations");
      copyQuotes(copy);
      step.done("quotes");
      copyFacts(copy);
      step.done("fact registry");
      copySourcesAndCitations(copy);
      step.done("sources and citations");
      // Plain columns only: analysing the full-text expression indexes would re-parse a sample of
      // the texts, which costs more than loading the other tables. Statistics first, so the
      // validation and the index builds are planned for the real sizes.
      for (String table : LOADED_TABLES) {
        statement.execute("analyze " + table + " (" + ANALYZED_COLUMNS.get(table) + ")");
      }
      step.done("analyze");
      statement.execute("set local session_replication_role = origin");
      validate(statement, base, base + ids - 1, step);
      for (String index : indexes) {
        long indexStarted = System.nanoTime();
        statement.execute(index);
        long indexMillis = (System.nanoTime() - indexStarted) / 1_000_000;
        if (indexMillis > 1000) {
          LOG.infof("    %s: %d ms", index, indexMillis);
        }
      }
      step.done("secondary indexes rebuilt");
      connection.commit();
      long millis = (System.nanoTime() - started) / 1_000_000;
      LOG.infof("Synthetic data loaded: %d rows in %d ms", counts.rows(), millis);
      return new Result(scale, counts, base, base + ids - 1, millis);
    } catch (SQLException | RuntimeException e) {
      connection.rollback();
      throw e;
    } finally {
      connection.setAutoCommit(autoCommit);
      connection.setNetworkTimeout(Runnable::run, networkTimeout);
    }
  }

  private static final List<String> LOADED_TABLES =
      List.of(
          "organization",
          "location",
          "person",
          "event",
          "participation",
          "quote",
          "fact",
          "source",
          "citation");

  private static final java.util.Map<String, String> ANALYZED_COLUMNS =
      java.util.Map.of(
          "organization", "id, name, kind, country_id",
          "location", "id, name, kind, country_id, parent_id",
          "person", "id, name, country_id, residence_id",
          "event", "id, name, kind, status, starts_on, location_id, country_id",
          "participation", "id, event_id, person_id, role",
          "quote", "id, speaker_id, occasion_id, organization_id, said_on",
          "fact", "id, kind",
          "source", "id, slug, title, author_id, publisher_id, published_on",
          "citation", "id, fact_id, source_id, start_offset");

  /**
   * Drops the indexes of the loaded tables that back no constraint, and returns the statements that
   * build them again: one bulk build after COPY is far cheaper than maintaining them row by row.
   * The load's transaction holds the tables meanwhile, and a failed load restores them.
   */
  private static List<String> dropSecondaryIndexes(Statement statement) throws SQLException {
    List<String> definitions = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (ResultSet rs =
        statement.executeQuery(
            "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                + " where i.indrelid = any (cast(array['"
                + String.join("','", LOADED_TABLES)
                + "'] as regclass[]))"
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
                + " order by 1")) {
      while (rs.next()) {
        names.add(rs.getString(1));
        definitions.add(rs.getString(2));
      }
    }
    for (String name : names) {
      statement.execute("drop index " + name);
    }
    return definitions;
  }

  /** Logs how long each step of the load took. */
  private static final class Step {
    private long started = System.nanoTime();

    void done(String what) {
      long now = System.nanoTime();
      LOG.infof("  %s: %d ms", what, (now - started) / 1_000_000);
      started = now;
    }
  }

  private static boolean exists(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      return rs.next();
    }
  }

  private void readCountries(Statement statement) throws SQLException {
    List<Long> ids = new ArrayList<>();
    List<String> names = new ArrayList<>();
    try (ResultSet rs = statement.executeQuery("select id, name from country order by iso_code")) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
        names.add(rs.getString(2));
      }
    }
    if (ids.isEmpty()) {
      throw new IllegalStateException("No countries: the base dataset must be loaded first");
    }
    countryIds = ids.stream().mapToLong(Long::longValue).toArray();
    countryNames = names.toArray(String[]::new);
  }

  // ---- Ids: one block of the shared sequence, in this order -------------------------------------

  private long organizationId(int i) {
    return base + i;
  }

  private long locationId(int i) {
    return base + organizations + i;
  }

  private long personId(int i) {
    return base + organizations + locations + i;
  }

  private long eventId(int i) {
    return base + organizations + locations + people + i;
  }

  private long participationId(int i) {
    return base + organizations + locations + people + events + i;
  }

  private long quoteId(int i) {
    return participationId(participantsBefore[events]) + i;
  }

  private long sourceId(int i) {
    return quoteId(quotes) + i;
  }

  /** The citation of fact number {@code g} (facts in id order, from 0). */
  private long citationId(int g) {
    return sourceId(sources) + g;
  }

  // ---- Pure functions of an index ---------------------------------------------------------------

  /** A well-mixed 64-bit value for (stream, index, field): the whole dataset's randomness. */
  static long hash(long stream, long index, long field) {
    long z = SEED ^ (stream * 0x9E3779B97F4A7C15L) ^ (index * 0xC2B2AE3D27D4EB4FL) ^ (field << 48);
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }

  private static int pick(long stream, long index, long field, int bound) {
    return (int) Math.floorMod(hash(stream, index, field), (long) bound);
  }

  private static double uniform(long stream, long index, long field) {
    return (hash(stream, index, field) >>> 11) * 0x1.0p-53;
  }

  /** Skewed toward the first indexes: the first 0.1 % get about 10 % of the draws. */
  private static int skewed(long stream, long index, long field, int bound) {
    double u = uniform(stream, index, field);
    return Math.min(bound - 1, (int) (bound * u * u * u));
  }

  private String personName(int p) {
    return FIRST_NAMES[pick(3, p, 1, FIRST_NAMES.length)]
        + " "
        + LAST_NAMES[pick(3, p, 2, LAST_NAMES.length)];
  }

  private int personCountry(int p) {
    return pick(3, p, 3, countryIds.length);
  }

  private String eventKind(int e) {
    return EVENT_KINDS[pick(4, e, 1, EVENT_KINDS.length)];
  }

  private String eventName(int e) {
    String kind = eventKind(e);
    return kind.charAt(0)
        + kind.substring(1).toLowerCase()
        + " on "
        + TOPICS[pick(4, e, 2, TOPICS.length)]
        + " in "
        + PLACES[pick(4, e, 3, PLACES.length)]
        + " No. "
        + (e + 1);
  }

  /** Nine events in ten were held; the rest are planned, postponed or cancelled. */
  private String eventStatus(int e) {
    int r = pick(4, e, 4, 100);
    return r < 90 ? "HELD" : r < 95 ? "PLANNED" : r < 98 ? "POSTPONED" : "CANCELLED";
  }

  private String eventPrecision(int e) {
    int r = pick(4, e, 5, 100);
    return r < 80 ? "DAY" : r < 95 ? "MONTH" : "YEAR";
  }

  private LocalDate eventDate(int e) {
    LocalDate day = EPOCH.plusDays(pick(4, e, 6, DAYS));
    return switch (eventPrecision(e)) {
      case "MONTH" -> day.withDayOfMonth(1);
      case "YEAR" -> day.withDayOfYear(1);
      default -> day;
    };
  }

  /** One to five people take part in each event. */
  private static int participantCount(int e) {
    return 1 + pick(5, e, 0, 5);
  }

  /** The people of an event: skewed picks, each person at most once. */
  private int[] participants(int e) {
    int[] chosen = new int[participantCount(e)];
    int attempt = 0;
    for (int k = 0; k < chosen.length; k++) {
      int candidate;
      boolean taken;
      do {
        candidate = skewed(5, e, 1 + attempt++, people);
        taken = false;
        for (int j = 0; j < k; j++) {
          taken |= chosen[j] == candidate;
        }
      } while (taken && attempt < 64);
      if (taken) {
        // Fewer people than seats (tiny scales): the first one not yet taken.
        candidate = 0;
        while (contains(chosen, k, candidate)) {
          candidate++;
        }
      }
      chosen[k] = candidate;
    }
    return chosen;
  }

  private static boolean contains(int[] values, int length, int value) {
    for (int i = 0; i < length; i++) {
      if (values[i] == value) {
        return true;
      }
    }
    return false;
  }

  private String quoteText(int q) {
    StringBuilder text = new StringBuilder();
    int words = 6 + pick(6, q, 0, 12);
    for (int w = 0; w < words; w++) {
      text.append(w == 0 ? "" : " ").append(WORDS[pick(6, q, 1 + w, WORDS.length)]);
    }
    text.setCharAt(0, Character.toUpperCase(text.charAt(0)));
    return text.append(" on ").append(TOPICS[pick(6, q, 40, TOPICS.length)]).toString();
  }

  private int quoteSpeaker(int q) {
    return skewed(6, q, 41, people);
  }

  private int quoteOccasion(int q) {
    return pick(6, q, 42, events);
  }

  private String organizationName(int o) {
    return PLACES[pick(1, o, 1, PLACES.length)]
        + " "
        + switch (ORGANIZATION_KINDS[pick(1, o, 2, ORGANIZATION_KINDS.length)]) {
          case "GOVERNMENT" -> "Government Office";
          case "MINISTRY" -> "Ministry of " + capitalized(TOPICS[pick(1, o, 3, TOPICS.length)]);
          case "AGENCY" -> "Agency";
          case "NEWS_AGENCY" -> "Press Agency";
          case "BROADCASTER" -> "Broadcasting";
          case "NEWSPAPER" -> "Daily";
          default -> "Review";
        }
        + " "
        + (o + 1);
  }

  private String locationName(int l) {
    return PLACES[pick(2, l, 1, PLACES.length)]
        + " "
        + capitalized(WORDS[pick(2, l, 2, WORDS.length)])
        + " "
        + (l + 1);
  }

  private static String capitalized(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  // ---- The statements sources make (statement number t) -----------------------------------------

  /**
   * Statements: one per organization, location, person, event and quote, in that order. An event's
   * statement names its participants, so it cites the event and each participation (as a news
   * article's "A, B and C met at ..." does).
   */
  private int statements() {
    return organizations + locations + people + events + quotes;
  }

  /** The statement that cites fact number {@code g} (facts in id order, from 0). */
  private int statementOf(int g) {
    int before = organizations + locations + people + events;
    if (g < before) {
      return g;
    }
    int participations = participantsBefore[events];
    if (g < before + participations) {
      return organizations + locations + people + eventOfParticipation(g - before);
    }
    return g - participations;
  }

  /** The sentence of statement {@code t}; unique, since it ends with its number. */
  private String sentence(int t) {
    String record = " (record " + (t + 1) + ").";
    int i = t;
    if (i < organizations) {
      return organizationName(i)
          + " operates from "
          + countryNames[pick(1, i, 4, countryIds.length)]
          + record;
    }
    i -= organizations;
    if (i < locations) {
      return locationName(i)
          + " lies in "
          + countryNames[pick(2, i, 3, countryIds.length)]
          + record;
    }
    i -= locations;
    if (i < people) {
      return personName(i) + " is a national of " + countryNames[personCountry(i)] + record;
    }
    i -= people;
    if (i < events) {
      int[] chosen = participants(i);
      StringBuilder names = new StringBuilder();
      for (int k = 0; k < chosen.length; k++) {
        names
            .append(k == 0 ? "" : k == chosen.length - 1 ? " and " : ", ")
            .append(personName(chosen[k]));
      }
      return names
          + (chosen.length == 1 ? " attended" : " met at")
          + " the "
          + eventName(i)
          + ", "
          + eventStatus(i).toLowerCase()
          + " in "
          + eventDate(i).getYear()
          + record;
    }
    i -= events;
    return personName(quoteSpeaker(i)) + " said: \"" + quoteText(i) + "\"" + record;
  }

  private int eventOfParticipation(int i) {
    int low = 0;
    int high = events - 1;
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (participantsBefore[mid] <= i) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  /** The source that makes statement {@code t}: statements are dealt out to the sources in turn. */
  private int sourceOf(int t) {
    return t % sources;
  }

  // ---- COPY -------------------------------------------------------------------------------------

  private void copyOrganizations(CopyManager copy) throws SQLException {
    try (CopyWriter out = CopyWriter.open(copy, "organization (id, name, kind, country_id)")) {
      for (int o = 0; o < organizations; o++) {
        out.value(organizationId(o))
            .value(organizationName(o))
            .value(ORGANIZATION_KINDS[pick(1, o, 2, ORGANIZATION_KINDS.length)])
            .value(countryIds[pick(1, o, 4, countryIds.length)])
            .endRow();
      }
    }
  }

  private void copyLocations(CopyManager copy) throws SQLException {
    try (CopyWriter out =
        CopyWriter.open(copy, "location (id, name, kind, country_id, latitude, longitude)")) {
      for (int l = 0; l < locations; l++) {
        boolean located = pick(2, l, 4, 4) > 0;
        out.value(locationId(l))
            .value(locationName(l))
            .value(LOCATION_KINDS[pick(2, l, 5, LOCATION_KINDS.length)])
            .value(countryIds[pick(2, l, 3, countryIds.length)])
            .value(located ? Math.round(uniform(2, l, 6) * 1_600_000 - 800_000) / 10_000.0 : null)
            .value(located ? Math.round(uniform(2, l, 7) * 3_600_000 - 1_800_000) / 10_000.0 : null)
            .endRow();
      }
    }
  }

  private void copyPeople(CopyManager copy) throws SQLException {
    try (CopyWriter out =
        CopyWriter.open(copy, "person (id, name, country_id, description, residence_id)")) {
      for (int p = 0; p < people; p++) {
        out.value(personId(p))
            .value(personName(p))
            .value(countryIds[personCountry(p)])
            .value(
                pick(3, p, 4, 3) == 0
                    ? "Negotiator on " + TOPICS[pick(3, p, 5, TOPICS.length)]
                    : null)
            .value(pick(3, p, 6, 5) == 0 ? locationId(pick(3, p, 7, locations)) : null)
            .endRow();
      }
    }
  }

  private void copyEvents(CopyManager copy) throws SQLException {
    try (CopyWriter out =
        CopyWriter.open(
            copy,
            "event (id, name, kind, status, description, starts_on, start_precision, location_id,"
                + " country_id)")) {
      for (int e = 0; e < events; e++) {
        int location = pick(4, e, 7, locations);
        out.value(eventId(e))
            .value(eventName(e))
            .value(eventKind(e))
            .value(eventStatus(e))
            .value(
                pick(4, e, 8, 10) == 0 ? "Talks on " + TOPICS[pick(4, e, 2, TOPICS.length)] : null)
            .value(eventDate(e))
            .value(eventPrecision(e))
            .value(locationId(location))
            .value(countryIds[pick(2, location, 3, countryIds.length)])
            .endRow();
      }
    }
  }

  private void copyParticipations(CopyManager copy) throws SQLException {
    try (CopyWriter out =
        CopyWriter.open(copy, "participation (id, event_id, person_id, role, capacity)")) {
      for (int e = 0; e < events; e++) {
        int[] chosen = participants(e);
        for (int k = 0; k < chosen.length; k++) {
          out.value(participationId(participantsBefore[e] + k))
              .value(eventId(e))
              .value(personId(chosen[k]))
              .value(ROLES[pick(5, e, 100 + k, ROLES.length)])
              .value(
                  pick(5, e, 200 + k, 3) == 0
                      ? "for " + TOPICS[pick(5, e, 300 + k, TOPICS.length)]
                      : null)
              .endRow();
        }
      }
    }
  }

  private void copyQuotes(CopyManager copy) throws SQLException {
    try (CopyWriter out =
        CopyWriter.open(
            copy, "quote (id, text, speaker_id, occasion_id, said_on, said_precision)")) {
      for (int q = 0; q < quotes; q++) {
        int occasion = quoteOccasion(q);
        out.value(quoteId(q))
            .value(quoteText(q))
            .value(personId(quoteSpeaker(q)))
            .value(eventId(occasion))
            .value(eventDate(occasion))
            .value(eventPrecision(occasion))
            .endRow();
      }
    }
  }

  private void copyFacts(CopyManager copy) throws SQLException {
    try (CopyWriter out = CopyWriter.open(copy, "fact (id, kind)")) {
      factRows(out, organizations, this::organizationId, "organization");
      factRows(out, locations, this::locationId, "location");
      factRows(out, people, this::personId, "person");
      factRows(out, events, this::eventId, "event");
      factRows(out, participantsBefore[events], this::participationId, "participation");
      factRows(out, quotes, this::quoteId, "quote");
    }
  }

  private static void factRows(
      CopyWriter out, int n, java.util.function.IntToLongFunction id, String kind)
      throws SQLException {
    for (int i = 0; i < n; i++) {
      out.value(id.applyAsLong(i)).value(kind).endRow();
    }
  }

  /**
   * Sources are written whole, then their citations: each source's text is the statements of the
   * facts dealt to it, with background prose between them, so each excerpt's offset is where its
   * statement was appended.
   */
  private void copySourcesAndCitations(CopyManager copy) throws SQLException {
    int facts = counts().facts();
    StringBuilder[] texts = new StringBuilder[sources];
    for (int s = 0; s < sources; s++) {
      texts[s] =
          new StringBuilder("Synthetic report ")
              .append(s + 1)
              .append(" on ")
              .append(TOPICS[pick(8, s, 1, TOPICS.length)])
              .append(". ");
    }
    int[] offsets = new int[statements()];
    for (int t = 0; t < offsets.length; t++) {
      StringBuilder text = texts[sourceOf(t)];
      offsets[t] = text.length();
      text.append(sentence(t)).append(' ');
    }
    MessageDigest sha256 = sha256();
    try (CopyWriter out =
        CopyWriter.open(
            copy,
            "source (id, slug, title, author_id, publisher_id, published_on, published_precision,"
                + " url, text, content_hash)")) {
      for (int s = 0; s < sources; s++) {
        String text = texts[s].toString();
        texts[s] = null;
        out.value(sourceId(s))
            .value(SLUG_PREFIX + (s + 1))
            .value("Synthetic report " + (s + 1) + " on " + TOPICS[pick(8, s, 1, TOPICS.length)])
            .value(personId(skewed(8, s, 2, people)))
            .value(organizationId(pick(8, s, 3, organizations)))
            .value(EPOCH.plusDays(pick(8, s, 4, DAYS)))
            .value("DAY")
            .value("https://example.org/synthetic/" + (s + 1))
            .value(text)
            .value(HexFormat.of().formatHex(sha256.digest(text.getBytes(StandardCharsets.UTF_8))))
            .endRow();
      }
    }
    try (CopyWriter out =
        CopyWriter.open(copy, "citation (id, fact_id, source_id, excerpt, start_offset)")) {
      String excerpt = null;
      int excerptOf = -1;
      for (int g = 0; g < facts; g++) {
        int t = statementOf(g);
        if (t != excerptOf) {
          excerpt = sentence(t);
          excerptOf = t;
        }
        out.value(citationId(g))
            .value(factId(g))
            .value(sourceId(sourceOf(t)))
            .value(excerpt)
            .value(offsets[t])
            .endRow();
      }
    }
  }

  /** Fact number g's id: facts are numbered in id order, from the first organization. */
  private long factId(int g) {
    return base + g;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  // ---- The rules, proved set-based --------------------------------------------------------------

  /**
   * Proves what the disabled triggers would have, set-based: every excerpt verbatim at its offset,
   * every fact registered with its kind and cited, every content hash right. (The references the
   * load writes hold by construction; the generator's test proves them too.)
   */
  private void validate(Statement statement, long first, long last, Step step) throws SQLException {
    String range = " between " + first + " and " + last;
    long broken =
        single(
            statement,
            // Each source's text is read once, as bytes: an ASCII text's character offsets are its
            // byte offsets, so an excerpt is compared in place; any other text falls back to
            // strpos (the trigger's own rule: the offset is where the excerpt first stands).
            "with texts as materialized (select id, text, convert_to(text, 'UTF8') as bytes,"
                + " octet_length(text) = length(text) as ascii from source where id"
                + range
                + ") select count(*) from citation c left join texts t on t.id = c.source_id"
                + " where c.id"
                + range
                + " and (t.id is null or case when t.ascii then substring(t.bytes from c.start_offset"
                + " + 1 for octet_length(c.excerpt)) <> convert_to(c.excerpt, 'UTF8')"
                + " else strpos(t.text, c.excerpt) - 1 <> c.start_offset end)");
    step.done("validation: excerpts verbatim");
    broken +=
        single(
            statement,
            "select count(*) from (select id, kind from fact where id"
                + range
                + ") f full join ("
                + String.join(
                    " union all ",
                    FACT_TABLES.stream()
                        .map(t -> "select id, '" + t + "' as kind from " + t + " where id" + range)
                        .toList())
                + ") t on t.id = f.id where f.kind is distinct from t.kind");
    step.done("validation: fact registry");
    broken +=
        single(
            statement,
            "select count(*) from (select id from fact where id"
                + range
                + ") f full join (select fact_id from citation where id"
                + range
                + ") c on c.fact_id = f.id where f.id is null or c.fact_id is null");
    step.done("validation: facts cited");
    broken +=
        single(
            statement,
            "select count(*) from source s where s.id"
                + range
                + " and s.content_hash <> encode(sha256(convert_to(s.text, 'UTF8')), 'hex')");
    step.done("validation: content hashes");
    if (broken != 0) {
      throw new IllegalStateException(
          "The synthetic rows break " + broken + " rule(s) of the domain; nothing was loaded");
    }
  }

  private static final List<String> FACT_TABLES =
      List.of("organization", "location", "person", "event", "participation", "quote");

  private static long single(Statement statement, String sql) throws SQLException {
    try (ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
