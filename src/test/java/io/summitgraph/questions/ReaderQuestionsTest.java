package io.summitgraph.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.summitgraph.testing.GraphQL;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Questions a journalist would ask of the three articles (what, who, where, when, according to
 * whom, who disagrees), each answered by one GraphQL document under {@code graphql/questions/}. The
 * expected answers and their citations were written from the articles' text, not read back from the
 * data: an answer the articles do not give, or give in other words, fails here.
 */
@QuarkusTest
@SuppressWarnings("unchecked")
class ReaderQuestionsTest {

  private static final String A000 = "000_45ece6f1795f26b7";
  private static final String A001 = "001_d936e0b87956d889";
  private static final String A002 = "002_49d120ea23732ed2";

  private static JsonPath ask(String question) {
    return GraphQL.document("questions/" + question).data();
  }

  /** The excerpts of a list of citations, each with its source's slug. */
  private static List<String> cited(List<Map<String, Object>> citations) {
    return citations.stream()
        .map(
            c -> {
              @SuppressWarnings("unchecked")
              Map<String, Object> source = (Map<String, Object>) c.get("source");
              return (source == null ? "" : source.get("slug") + ": ") + c.get("excerpt");
            })
        .toList();
  }

  @Test
  void whereAndWhenWasTheFirstSummit() {
    JsonPath data = ask("first-summit-where-when");
    assertThat(data.getList("events.nodes.name")).containsExactly("Singapore summit");
    assertThat(data.getString("events.nodes[0].status")).isEqualTo("HELD");
    assertThat(data.getString("events.nodes[0].date.iso")).isEqualTo("2018-06-12");
    assertThat(data.getString("events.nodes[0].date.precision")).isEqualTo("DAY");
    assertThat(data.getString("events.nodes[0].location.name")).isEqualTo("Singapore");
    assertThat(data.getString("events.nodes[0].location.country.isoCode")).isEqualTo("SGP");
    // Only article 001 gives the year; 000 and 002 say "June 12".
    assertThat(cited(data.getList("events.nodes[0].citations")))
        .anyMatch(c -> c.startsWith(A001) && c.contains("in Singapore on June 12, 2018"))
        .anyMatch(c -> c.startsWith(A000) && c.contains("Singapore on June 12"))
        .anyMatch(c -> c.startsWith(A002) && c.contains("June 12 summit in Singapore"));
  }

  @Test
  void whoTookPartInTheFirstSummit() {
    JsonPath data = ask("first-summit-who");
    assertThat(data.getList("summits.nodes.name")).containsExactly("Singapore summit");
    assertThat(
            data.<Map<String, Object>>getList("summits.nodes[0].participants.edges").stream()
                .map(e -> tuple(((Map<?, ?>) e.get("node")).get("name"), e.get("role")))
                .toList())
        .containsExactlyInAnyOrder(
            tuple("Donald Trump", "PRINCIPAL"), tuple("Kim Jong Un", "PRINCIPAL"));
  }

  @Test
  void whatDidTheJointStatementCommitTo() {
    JsonPath data = ask("joint-statement-commitments");
    assertThat(data.getString("agreements.nodes[0].event.name")).isEqualTo("Singapore summit");
    List<Map<String, Object>> commitments = data.getList("agreements.nodes[0].commitments");
    assertThat(commitments)
        .extracting(c -> (String) c.get("description"))
        .containsExactlyInAnyOrder(
            "Establish new relations between the United States and North Korea",
            "Work toward complete denuclearization",
            "Push for a lasting peace on the Korean peninsula");
    for (int i = 0; i < commitments.size(); i++) {
      String path = "agreements.nodes[0].commitments[" + i + "].";
      assertThat(data.getString(path + "kind")).isEqualTo("JOINT_COMMITMENT");
      // "committed the two countries"
      assertThat(data.getList(path + "parties.isoCode")).containsExactly("USA", "PRK");
      assertThat(cited(data.getList(path + "citations"))).allMatch(c -> c.startsWith(A001));
    }
  }

  @Test
  void whichPlacesDidKimPromiseToOpenAndWhoReportedIt() {
    JsonPath data = ask("inspector-sites");
    List<Map<String, Object>> promises = data.getList("commitments.nodes");
    Map<String, Object> inspectors =
        promises.stream()
            .filter(p -> ((String) p.get("description")).contains("inspectors"))
            .findFirst()
            .orElseThrow();
    // Article 000 reports the promise under Pompeo's heading, but names no one who announced it.
    assertThat(inspectors.get("announcedBy")).isNull();
    assertThat(inspectors.get("parties"))
        .isEqualTo(List.of(Map.of("__typename", "Person", "name", "Kim Jong Un")));
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> places = (List<Map<String, Object>>) inspectors.get("locations");
    // The article's own words: "nuclear site", not "nuclear test site".
    assertThat(places)
        .extracting(p -> p.get("name"))
        .containsExactlyInAnyOrder("Punggye-ri nuclear site", "Sohae missile test facility");
    assertThat(places)
        .filteredOn(p -> p.get("name").equals("Punggye-ri nuclear site"))
        .first()
        .satisfies(
            p -> {
              assertThat((List<Object>) p.get("aliases")).contains("Punggye\u2011Ri nuclear site");
              // Where the site is comes from general knowledge, and says so.
              assertThat(p.get("basis")).isEqualTo("PARTLY_INFERRED");
              assertThat((List<Object>) p.get("inferences"))
                  .extracting(i -> (Object) ((Map<?, ?>) i).get("field"))
                  .containsExactly("country");
            });
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> citations = (List<Map<String, Object>>) inspectors.get("citations");
    assertThat(cited(citations))
        .containsExactly(
            A000
                + ": Kim has even promised to let international inspectors into the Punggye\u2011Ri"
                + " nuclear site and the Sohae missile test facility.");
  }

  @Test
  void isASecondSummitPlannedAndWhen() {
    JsonPath data = ask("planned-summit");
    assertThat(data.getList("events.nodes.name")).containsExactly("Slated second Trump-Kim summit");
    assertThat(data.getString("events.nodes[0].status")).isEqualTo("PLANNED");
    assertThat(data.getInt("events.nodes[0].summitSequence")).isEqualTo(2);
    // "slated to take place" after the mid-terms: no date of its own.
    assertThat(data.getString("events.nodes[0].date")).isNull();
    assertThat(data.getString("events.nodes[0].dateNote")).contains("November 6 mid-term");
    assertThat(data.getList("events.nodes[0].participants.edges.node.name"))
        .containsExactlyInAnyOrder("Donald Trump", "Kim Jong Un");
    List<String> citations = cited(data.getList("events.nodes[0].citations"));
    assertThat(citations).allMatch(c -> c.startsWith(A000));
    assertThat(citations)
        .anyMatch(c -> c.contains("is slated to take place"))
        .anyMatch(c -> c.contains("“three or four locations” for the next summit"));
  }

  @Test
  void isTheAnnouncedSummitTheOneHeldInVietnam() {
    JsonPath data = ask("planned-summit-same-as-vietnam");
    List<Map<String, Object>> relations = data.getList("events.nodes[0].relations");
    assertThat(relations).hasSize(1);
    assertThat(data.getString("events.nodes[0].relations[0].kind")).isEqualTo("POSSIBLY_SAME_AS");
    assertThat(data.getString("events.nodes[0].relations[0].relatedEvent.name"))
        .isEqualTo("Trump-Kim follow-up meetings in Vietnam");
    assertThat(data.getString("events.nodes[0].relations[0].relatedEvent.status"))
        .isEqualTo("HELD");
    // Neither article says so: the link is an inference, with its reasoning.
    assertThat(data.getString("events.nodes[0].relations[0].basis")).isEqualTo("INFERRED");
    assertThat(data.getString("events.nodes[0].relations[0].inferences[0].reasoning"))
        .contains("No article says");
    assertThat(cited(data.getList("events.nodes[0].relations[0].citations")))
        .anyMatch(c -> c.startsWith(A000))
        .anyMatch(c -> c.startsWith(A001) && c.contains("Vietnam in February 2019"));
  }

  @Test
  void whenDidTheLeadersMeetInVietnamAndHowDidItEnd() {
    JsonPath data = ask("vietnam-meetings");
    assertThat(data.getList("events.nodes.name"))
        .containsExactly("Trump-Kim follow-up meetings in Vietnam");
    assertThat(data.getString("events.nodes[0].date.iso")).isEqualTo("2019-02");
    assertThat(data.getString("events.nodes[0].date.precision")).isEqualTo("MONTH");
    assertThat(data.getString("events.nodes[0].country.isoCode")).isEqualTo("VNM");
    // Article 001 does not number them.
    assertThat(data.getString("events.nodes[0].summitSequence")).isNull();
    assertThat(data.getString("events.nodes[0].description")).contains("economic development");
    assertThat(data.getString("events.nodes[0].outcome"))
        .containsIgnoringCase("without an agreement");
    assertThat(data.getList("events.nodes[0].relations.relatedEvent.name"))
        .containsExactly("Singapore summit");
    // Only article 001 speaks of these meetings.
    assertThat(cited(data.getList("events.nodes[0].citations")))
        .allMatch(c -> c.startsWith(A001))
        .anyMatch(c -> c.contains("The talks were cut short, however, without an agreement."));
  }

  @Test
  void whenAreTheMidtermElections() {
    JsonPath data = ask("midterms-date");
    assertThat(data.getList("events.nodes.name"))
        .containsExactly("Mid-term elections on November 6");
    // "November 6": a month and a day, no year.
    assertThat(data.getString("events.nodes[0].date.iso")).isEqualTo("--11-06");
    assertThat(data.getString("events.nodes[0].date.precision")).isEqualTo("MONTH_DAY");
    assertThat(data.getString("events.nodes[0].basis")).isEqualTo("PARTLY_INFERRED");
    List<Map<String, Object>> inferences = data.getList("events.nodes[0].inferences");
    assertThat(inferences)
        .filteredOn(i -> "date".equals(i.get("field")))
        .singleElement()
        .satisfies(
            i -> {
              assertThat(i.get("value")).isEqualTo("2018-11-06");
              assertThat((String) i.get("reasoning"))
                  .contains("June 12, 2018")
                  .contains("February 2019");
            });
    assertThat(data.getString("events.nodes[0].date.earliest")).isEqualTo("2018-11-06");
    // Cited only by what speaks of the elections: article 000.
    assertThat(cited(data.getList("events.nodes[0].citations")))
        .allMatch(c -> c.startsWith(A000))
        .anyMatch(c -> c.contains("the mid\u2011term elections on November 6"));
  }

  @Test
  void whereWasTrumpWhenHeAnnouncedTheSummitAndWhatDidHeSay() {
    JsonPath data = ask("announcement-words");
    assertThat(data.getList("announcement.nodes[0].quotes.nodes.text"))
        .containsExactly("I just can’t leave now");
    assertThat(data.getString("announcement.nodes[0].quotes.nodes[0].speaker.name"))
        .isEqualTo("Donald Trump");
    assertThat(cited(data.getList("announcement.nodes[0].quotes.nodes[0].citations")))
        .singleElement()
        .satisfies(c -> assertThat(c).startsWith(A000).contains("Speaking on the flight to Iowa"));
    assertThat(data.getString("flight.nodes[0].location.name")).isEqualTo("Iowa");
  }

  @Test
  void whatDidPompeoSayAboutHisVisitAndWhoDisagrees() {
    JsonPath data = ask("pompeo-visit-who-says-what");
    assertThat(data.getList("events.nodes.name"))
        .containsExactly("Pompeo's follow-up visit to North Korea");
    List<Map<String, Object>> quotes = data.getList("events.nodes[0].quotes.nodes");
    assertThat(quotes)
        .filteredOn(q -> q.get("speaker") != null)
        .extracting(q -> q.get("text"))
        .containsExactlyInAnyOrder("productive", "in good faith");
    assertThat(quotes)
        .extracting(q -> q.get("text"))
        .contains(
            "The North Koreans were just messing around, not serious about moving forward",
            "gangster-like");
    assertThat(quotes)
        .filteredOn(q -> "gangster-like".equals(q.get("text")))
        .singleElement()
        .satisfies(
            q -> {
              assertThat(q.get("speakerDescription"))
                  .isEqualTo("an unidentified foreign ministry official for North Korea");
              assertThat((List<Object>) q.get("reportedVia"))
                  .extracting(o -> (Object) ((Map<?, ?>) o).get("name"))
                  .containsExactly("KCNA", "The Independent");
            });
    List<Map<String, Object>> disputes = data.getList("events.nodes[0].disputes");
    assertThat(disputes).extracting(d -> d.get("property")).contains("outcome");
    assertThat(
            data.getList(
                "events.nodes[0].disputes.find { it.property == 'outcome' }.claims.value",
                String.class))
        .anyMatch(v -> v.contains("Productive (Pompeo)"))
        .anyMatch(v -> v.contains("stalemate"));
  }

  @Test
  void whomDidPompeoMeetInNorthKorea() {
    JsonPath data = ask("pompeo-met-whom");
    List<Map<String, Object>> edges = data.getList("events.nodes[0].participants.edges");
    assertThat(edges)
        .extracting(
            e -> tuple(((Map<?, ?>) e.get("node")).get("name"), e.get("role"), e.get("capacity")))
        .containsExactlyInAnyOrder(
            tuple("Mike Pompeo", "VISITOR", "U.S. Secretary of State"),
            // "he only met with Foreign Minister Kim Yong-chol": nothing says he hosted.
            tuple("Kim Yong-chol", "PARTICIPANT", "Foreign Minister"));
    assertThat(
            data.getList(
                "events.nodes[0].participants.edges.find { it.node.name == 'Kim Yong-chol' }"
                    + ".participation.citations.excerpt",
                String.class))
        .containsExactly(
            "during his stay in North Korea, he only met with Foreign Minister Kim Yong-chol");
  }

  @Test
  void whereWasKimWhenPompeoExpectedToMeetHimAndAccordingToWhom() {
    JsonPath data = ask("kim-instead");
    assertThat(data.getString("events.nodes[0].name"))
        .isEqualTo("Pompeo's face-to-face meeting with Kim Jong Un");
    assertThat(data.getString("events.nodes[0].status")).isEqualTo("NOT_HELD");
    List<Map<String, Object>> relations = data.getList("events.nodes[0].relations");
    assertThat(relations)
        .extracting(
            r ->
                tuple(
                    ((Map<?, ?>) r.get("event")).get("name"),
                    r.get("kind"),
                    ((Map<?, ?>) r.get("relatedEvent")).get("name")))
        .containsExactlyInAnyOrder(
            tuple(
                "Pompeo's face-to-face meeting with Kim Jong Un",
                "PART_OF",
                "Pompeo's follow-up visit to North Korea"),
            tuple(
                "Kim Jong Un's visit to the potato farms",
                "INSTEAD_OF",
                "Pompeo's face-to-face meeting with Kim Jong Un"),
            tuple(
                "Kim Jong Un's visit to the potato farms",
                "SAME_DAY_AS",
                "Pompeo's face-to-face meeting with Kim Jong Un"));
    assertThat(relations)
        .filteredOn(r -> "SAME_DAY_AS".equals(r.get("kind")))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(((Map<?, ?>) r.get("event")).get("location"))
                  .isEqualTo(Map.of("name", "Farm community near the Chinese border"));
              @SuppressWarnings("unchecked")
              List<Map<String, Object>> citations = (List<Map<String, Object>>) r.get("citations");
              assertThat((String) citations.get(0).get("excerpt"))
                  .contains(
                      "on the same day that Pompeo was supposed to have a face-to-face meeting");
              assertThat((List<Object>) citations.get(0).get("reportedVia"))
                  .containsExactly(Map.of("name", "KCNA"));
            });
    assertThat(relations).allMatch(r -> "STATED".equals(r.get("basis")));
  }

  @Test
  void whoReportedKimsFarmVisit() {
    JsonPath data = ask("farm-visit-sources");
    assertThat(data.getList("events.nodes.name"))
        .containsExactly("Kim Jong Un's visit to the potato farms");
    assertThat(data.getList("events.nodes[0].citations.reportedVia.name", List.class))
        .contains(List.of("New York Magazine"), List.of("KCNA"));
    assertThat(data.getList("events.nodes[0].participants.edges.node.name"))
        .containsExactly("Kim Jong Un");
  }

  @Test
  void whereAreTheFarmsKimVisited() {
    JsonPath data = ask("farm-where");
    assertThat(data.getString("locations.nodes[0].name"))
        .isEqualTo("Farm community near the Chinese border");
    assertThat(data.getString("locations.nodes[0].kind")).isEqualTo("FARM");
    assertThat(data.getList("locations.nodes[0].aliases")).contains("Potato Farm", "potato farms");
    // KCNA says Samjiyon; the article writes "Samjiyon country". That the farms lie in it is read
    // from the two accounts being one visit, and says so.
    assertThat(data.getString("locations.nodes[0].parent.name")).isEqualTo("Samjiyon");
    assertThat(data.getList("locations.nodes[0].parent.aliases")).contains("Samjiyon country");
    assertThat(data.getList("locations.nodes[0].inferences.field")).contains("parent");
    assertThat(data.getList("locations.nodes[0].parent.inferences.field")).contains("kind");
    assertThat(data.getString("locations.nodes[0].basis")).isEqualTo("PARTLY_INFERRED");
  }

  @Test
  void whatWasTheSecretaryOfStatePromisedAndWasItKept() {
    JsonPath data = ask("pompeo-promised-meeting");
    assertThat(data.getList("commitments.nodes.description"))
        .containsExactly("A personal meeting with Kim Jong Un for the U.S. Secretary of State");
    // "was promised": the article does not say by whom.
    assertThat(data.getString("commitments.nodes[0].announcedBy")).isNull();
    assertThat(data.getList("commitments.nodes[0].parties")).isEmpty();
    assertThat(data.getList("commitments.nodes[0].inferences.field")).containsExactly("status");
    assertThat(cited(data.getList("commitments.nodes[0].citations")))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .startsWith(A002)
                    .contains("was promised a personal meeting with Kim")
                    .contains("he only met with Foreign Minister Kim Yong-chol"));
  }

  @Test
  void whichSectorsAreSanctionedByWhomAndWhatWouldLiftThem() {
    JsonPath data = ask("sanctions-sectors");
    assertThat(data.getList("sanctions.nodes.sector"))
        .containsExactlyInAnyOrder("BANKING", "ENERGY");
    assertThat(data.getList("sanctions.nodes.issuer.isoCode")).containsOnly("USA");
    assertThat(data.getList("sanctions.nodes.target.isoCode")).containsOnly("PRK");
    // Article 001 states no condition for lifting them, only what Trump considered.
    assertThat(data.getList("sanctions.nodes.liftingCondition")).containsOnlyNulls();
    assertThat(data.getList("sanctions.nodes.liftingConsideration", String.class))
        .allMatch(
            c -> c.contains("considered lifting some sanctions in exchange for denuclearization"));
    assertThat(data.getList("sanctions.nodes[0].inferences.field"))
        .containsExactly("liftingConsideration");
    assertThat(cited(data.getList("sanctions.nodes[0].citations")))
        .allMatch(c -> c.startsWith(A001))
        .anyMatch(c -> c.contains("such as its banking sector and its energy industry"));
  }

  @Test
  void onWhatConditionWouldTheSanctionsBeLifted() {
    JsonPath data = ask("sanctions-condition");
    List<Map<String, Object>> withCondition =
        data.<Map<String, Object>>getList("sanctions.nodes").stream()
            .filter(s -> s.get("liftingCondition") != null)
            .toList();
    assertThat(withCondition).hasSize(1);
    assertThat((String) withCondition.get(0).get("liftingCondition"))
        .containsIgnoringCase("tangible steps");
    @SuppressWarnings("unchecked")
    List<Map<String, Object>> citations =
        (List<Map<String, Object>>) withCondition.get(0).get("citations");
    assertThat(cited(citations))
        .containsExactly(
            A000
                + ": the United States has yet to lift its hefty sanctions on Pyongyang, a move the"
                + " president said would only happen if tangible steps are taken");
  }

  @Test
  void howManyAreMalnourishedAndUndernourished() {
    JsonPath data = ask("malnourished-children");
    List<Map<String, Object>> figures = data.getList("humanitarianStatistics.nodes");
    assertThat(figures)
        .extracting(
            f ->
                tuple(
                    f.get("indicator"),
                    f.get("exactValue"),
                    f.get("unit"),
                    f.get("comparator"),
                    f.get("populationGroup"),
                    f.get("statedAs")))
        .containsExactlyInAnyOrder(
            tuple("MALNUTRITION", "0.2", "RATIO", "EXACT", "CHILDREN", "one in five"),
            tuple(
                "UNDERNOURISHMENT",
                "10000000",
                "PEOPLE",
                "MORE_THAN",
                "CITIZENS",
                "over ten million"));
    assertThat(data.getList("humanitarianStatistics.nodes.country.isoCode")).containsOnly("PRK");
    assertThat(data.getList("humanitarianStatistics.nodes.citations.source.slug", List.class))
        .allMatch(slugs -> slugs.equals(List.of(A000)));
  }

  @Test
  void whoCalledPompeosApproachGangsterLike() {
    JsonPath data = ask("gangster-like");
    assertThat(data.getList("quotes.nodes.text")).containsExactly("gangster-like");
    // Unnamed, and kept unnamed.
    assertThat(data.getString("quotes.nodes[0].speaker")).isNull();
    assertThat(data.getString("quotes.nodes[0].speakerDescription"))
        .isEqualTo("an unidentified foreign ministry official for North Korea");
    assertThat(data.getString("quotes.nodes[0].organization.name"))
        .isEqualTo("Foreign Ministry of North Korea");
    assertThat(data.getString("quotes.nodes[0].occasion.name"))
        .isEqualTo("Pompeo's follow-up visit to North Korea");
    // "according to the state-run Korean Central News Agency (KCNA) via the Independent"
    assertThat(data.getList("quotes.nodes[0].reportedVia.name"))
        .containsExactly("KCNA", "The Independent");
    assertThat(data.getString("quotes.nodes[0].citations[0].source.slug")).isEqualTo(A002);
  }

  @Test
  void doExpertsBelieveKimsPromisesAndWhoDisagrees() {
    JsonPath data = ask("experts-on-promises");
    assertThat(data.<Map<String, Object>>getList("stances.nodes"))
        .filteredOn(s -> "experts".equals(s.get("holderDescription")))
        .singleElement()
        .satisfies(
            s ->
                assertThat((String) s.get("description"))
                    .contains("polite routine rather than genuine breakthroughs"));
    List<String> claims =
        data.getList(
            "commitments.nodes.find { it.description.contains('inspectors') }.disputes[0].claims.value",
            String.class);
    assertThat(claims)
        .anyMatch(v -> v.contains("(Pompeo)"))
        .anyMatch(v -> v.contains("polite routine") && v.contains("(experts)"));
  }

  @Test
  void whoWroteArticle001AndWhereDoesSheLive() {
    JsonPath data = ask("author-001");
    assertThat(data.getString("sources.nodes[0].title"))
        .isEqualTo("What Did Trump Do In North Korea");
    assertThat(data.getString("sources.nodes[0].author.name")).isEqualTo("Cassie Grissom");
    assertThat(data.getString("sources.nodes[0].author.residence.name")).isEqualTo("Seoul");
    assertThat(data.getString("sources.nodes[0].author.residence.country.name"))
        .isEqualTo("South Korea");
    assertThat(data.getList("sources.nodes[0].author.roles.title"))
        .contains("Journalist", "Author");
    assertThat(data.getList("sources.nodes[0].author.citations.excerpt"))
        .contains(
            "Cassie Grissom is an American journalist and author living in Seoul, South Korea.");
  }

  @Test
  void whatHasTrumpOfferedInExchangeForDenuclearization() {
    JsonPath data = ask("offers-for-denuclearization");
    List<Map<String, Object>> offers =
        data.<Map<String, Object>>getList("commitments.nodes").stream()
            .filter(o -> "In exchange for denuclearization".equals(o.get("condition")))
            .toList();
    assertThat(offers)
        .extracting(o -> tuple(o.get("description"), o.get("status")))
        .containsExactlyInAnyOrder(
            tuple("Open diplomatic relations with North Korea", "OFFERED"),
            tuple("Humanitarian aid to North Korea", "OFFERED"),
            // "even considered lifting some sanctions": considered, not offered.
            tuple("Lift some sanctions on North Korea", "UNDER_CONSIDERATION"));
    assertThat(offers)
        .extracting(o -> (Object) ((Map<?, ?>) o.get("announcedBy")).get("name"))
        .containsOnly("Donald Trump");
  }

  @Test
  void whoHasCalledForGreaterVerification() {
    JsonPath data = ask("verification-calls");
    assertThat(data.getString("stances.nodes[0].description"))
        .contains("Greater verification measures");
    assertThat(data.getList("stances.nodes[0].holders.isoCode")).containsExactly("JPN", "KOR");
    assertThat(data.getString("stances.nodes[0].holderDescription")).isEqualTo("other U.S. allies");
    assertThat(cited(data.getList("stances.nodes[0].citations")))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c)
                    .startsWith(A001)
                    .contains("Japan, South Korea, and other U.S. allies"));
  }

  @Test
  void whatDidPompeoSayAtTheWhiteHouse() {
    JsonPath data = ask("pompeo-white-house");
    assertThat(data.getString("events.nodes[0].location.name")).isEqualTo("White House");
    assertThat(data.getList("events.nodes[0].quotes.nodes.text"))
        .containsExactlyInAnyOrder("full and final verified denuclearization", "pretty close");
    assertThat(data.getList("events.nodes[0].quotes.nodes.speaker.name"))
        .containsOnly("Mike Pompeo");
  }

  @Test
  void whenDidTrumpAndKimLastMeetAccordingToArticle001() {
    JsonPath data = ask("latest-meeting");
    assertThat(data.getList("events.nodes.name")).containsExactly("Trump-Kim meeting of June 2020");
    assertThat(data.getString("events.nodes[0].date.iso")).isEqualTo("2020-06");
    assertThat(data.getString("events.nodes[0].date.precision")).isEqualTo("MONTH");
    assertThat(cited(data.getList("events.nodes[0].citations")))
        .containsExactly(
            A001
                + ": Trump and Kim have had several other meetings since the first summit, with the"
                + " most recent meeting being held in June 2020.");
  }

  @Test
  void howLongDidPompeosVisitLast() {
    JsonPath data = ask("visit-length");
    assertThat(data.getList("events.nodes.name"))
        .containsExactly("Pompeo's follow-up visit to North Korea");
    // Article 002 says both "overnight" and "three-day": it contradicts itself, and both stay.
    assertThat(
            data.getList(
                "events.nodes[0].disputes.find { it.property == 'duration' }.claims.value",
                String.class))
        .containsExactly("Overnight visit", "Three-day visit");
  }

  @Test
  void whatDidTrumpPromiseAboutForeignInvestment() {
    JsonPath data = ask("spectacular");
    assertThat(data.getString("quotes.nodes[0].speaker.name")).isEqualTo("Donald Trump");
    assertThat(data.getString("quotes.nodes[0].citations[0].excerpt"))
        .isEqualTo("something the president promised would be “spectacular.”");
    assertThat(data.<Map<String, Object>>getList("commitments.nodes"))
        .filteredOn(c -> ((String) c.get("description")).contains("spectacular"))
        .singleElement()
        .satisfies(
            c -> {
              assertThat((String) c.get("condition"))
                  .contains("open its doors to foreign investment");
              assertThat(((Map<?, ?>) c.get("announcedBy")).get("name")).isEqualTo("Donald Trump");
            });
  }

  @Test
  void whichEventsDoTheArticlesStateInFull() {
    JsonPath data = ask("stated-events-only");
    List<String> partly = data.getList("partly.nodes.name");
    assertThat(partly)
        .contains("Mid-term elections on November 6", "Trump-Kim follow-up meetings in Vietnam")
        .doesNotContain("Singapore summit");
    assertThat(data.getList("stated.nodes.name"))
        .contains("Singapore summit", "Slated second Trump-Kim summit")
        .doesNotContainAnyElementsOf(partly);
    assertThat(data.getInt("stated.totalCount") + partly.size())
        .isEqualTo(data.getInt("all.totalCount"));
  }
}
