package io.summitgraph.mentions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The linker alone, on a dictionary built here: spelling variants, longest match, no overlaps. */
class MentionLinkerTest {

  private static final MentionSubjectKey KIM = new MentionSubjectKey(MentionSubjectKind.PERSON, 1);
  private static final MentionSubjectKey KIM_YO_JONG =
      new MentionSubjectKey(MentionSubjectKind.PERSON, 2);
  private static final MentionSubjectKey USA = new MentionSubjectKey(MentionSubjectKind.COUNTRY, 3);
  private static final MentionSubjectKey PRK = new MentionSubjectKey(MentionSubjectKind.COUNTRY, 4);
  private static final MentionSubjectKey PUNGGYE =
      new MentionSubjectKey(MentionSubjectKind.LOCATION, 5);
  private static final MentionSubjectKey SINGAPORE_CITY =
      new MentionSubjectKey(MentionSubjectKind.LOCATION, 6);
  private static final MentionSubjectKey SINGAPORE =
      new MentionSubjectKey(MentionSubjectKind.COUNTRY, 7);
  private static final MentionSubjectKey CNN =
      new MentionSubjectKey(MentionSubjectKind.ORGANIZATION, 8);
  private static final MentionSubjectKey BAEKDU =
      new MentionSubjectKey(MentionSubjectKind.LOCATION, 9);

  private static NameDictionary dictionary() {
    NameDictionary dictionary = new NameDictionary();
    dictionary.add(KIM, "Kim Jong Un", List.of("Kim Jong‑Un"));
    dictionary.add(KIM_YO_JONG, "Kim Yo-jong", List.of());
    dictionary.add(USA, "United States of America", List.of("United States", "U.S."));
    dictionary.add(PRK, "North Korea", List.of());
    dictionary.add(PUNGGYE, "Punggye-ri nuclear test site", List.of("Punggye-ri"));
    dictionary.add(SINGAPORE_CITY, "Singapore", List.of());
    dictionary.add(SINGAPORE, "Singapore", List.of());
    dictionary.add(CNN, "CNN", List.of());
    dictionary.add(BAEKDU, "Mount Paektu", List.of("Paektusan", "Baekdu"));
    return dictionary;
  }

  private static List<String> texts(String text) {
    return MentionLinker.link(text, dictionary()).stream().map(MentionLinker.Match::text).toList();
  }

  @Test
  void matchesNamesAcrossCaseHyphensDiacriticsAndSpacing() {
    String text = "Kim Jong-un met KIM JONG‑UN, then kim  jong un and Kím Jong Ún; also Kimjongun.";
    List<MentionLinker.Match> matches = MentionLinker.link(text, dictionary());
    assertThat(matches)
        .extracting(MentionLinker.Match::text)
        .containsExactly("Kim Jong-un", "KIM JONG‑UN", "kim  jong un", "Kím Jong Ún", "Kimjongun");
    assertThat(matches).allSatisfy(match -> assertThat(match.subjects()).containsExactly(KIM));
  }

  @Test
  void offsetsAreCodePointsOfTheOriginalText() {
    String text = "🙂 Punggye Ri was shut; Kim Yo Jong spoke.";
    List<MentionLinker.Match> matches = MentionLinker.link(text, dictionary());
    assertThat(matches)
        .extracting(MentionLinker.Match::text)
        .containsExactly("Punggye Ri", "Kim Yo Jong");
    MentionLinker.Match first = matches.get(0);
    // The emoji is one code point (two Java chars): offsets count it once, as PostgreSQL does.
    assertThat(first.start()).isEqualTo(2);
    assertThat(first.end()).isEqualTo(12);
    int[] codePoints = text.codePoints().toArray();
    assertThat(new String(codePoints, first.start(), first.end() - first.start()))
        .isEqualTo(first.text());
  }

  @Test
  void theLongestNameWinsAndMentionsNeverOverlap() {
    List<MentionLinker.Match> matches =
        MentionLinker.link(
            "Inspectors at the Punggye-Ri nuclear test site, then Punggye-ri alone.", dictionary());
    assertThat(matches)
        .extracting(MentionLinker.Match::text)
        .containsExactly("Punggye-Ri nuclear test site", "Punggye-ri");
    assertThat(matches.get(0).end()).isLessThanOrEqualTo(matches.get(1).start());
  }

  @Test
  void wordsAreNeverMatchedInsideLongerWords() {
    assertThat(texts("North Korean officials, Kimberly and Singaporean food")).isEmpty();
    assertThat(texts("North Korea and the Koreas")).containsExactly("North Korea");
  }

  @Test
  void shortNamesMatchOnlyAsWritten() {
    assertThat(texts("Let us talk: the U.S. and US envoys, cnn and CNN."))
        .containsExactly("U.S.", "US", "CNN");
  }

  @Test
  void aNameSharedByTwoThingsLinksBoth() {
    List<MentionLinker.Match> matches = MentionLinker.link("in Singapore", dictionary());
    assertThat(matches).hasSize(1);
    assertThat(matches.get(0).subjects()).containsExactlyInAnyOrder(SINGAPORE_CITY, SINGAPORE);
  }

  @Test
  void namesDoNotRunAcrossLinesOrPunctuation() {
    assertThat(texts("They met Kim Jong\nUn; North, Korea")).isEmpty();
    assertThat(texts("Kim Jong Un, Kim Yo-jong")).containsExactly("Kim Jong Un", "Kim Yo-jong");
  }

  @Test
  void unknownNamesAreNotLinked() {
    assertThat(texts("Moon Jae-in and Choe Son Hui met at Panmunjom")).isEmpty();
  }
}
