package io.summitgraph.common.time;

import io.summitgraph.common.mutations.Problems;
import io.summitgraph.common.mutations.UserErrorCode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Reads the partial dates of mutation inputs: ISO 8601 at the precision the source states. */
public final class PartialDates {

  private static final Pattern YEAR = Pattern.compile("\\d{4}");
  private static final Pattern MONTH = Pattern.compile("\\d{4}-\\d{2}");
  private static final Pattern DAY = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PartialDates() {}

  /**
   * {@code 2019} is a year, {@code 2019-02} a month, {@code 2018-06-12} a day; null stays null. An
   * unreadable date is recorded as an INVALID problem at {@code field} and gives null.
   */
  public static PartialDate parse(String iso, Problems problems, String... field) {
    if (iso == null) {
      return null;
    }
    String value = iso.trim();
    try {
      if (YEAR.matcher(value).matches()) {
        return PartialDate.of(LocalDate.of(Integer.parseInt(value), 1, 1), DatePrecision.YEAR);
      }
      if (MONTH.matcher(value).matches()) {
        return PartialDate.of(YearMonth.parse(value).atDay(1), DatePrecision.MONTH);
      }
      if (DAY.matcher(value).matches()) {
        return PartialDate.of(LocalDate.parse(value), DatePrecision.DAY);
      }
    } catch (DateTimeParseException e) {
      // falls through to the problem below
    }
    problems.add(
        UserErrorCode.INVALID,
        "Not a date: write it at the precision the source states, as 2019, 2019-02 or 2018-06-12.",
        field);
    return null;
  }

  /**
   * Whether {@code end} does not come before {@code start}, compared by the first day each allows
   * (as dates sort): 2019-02 may end an event that starts on 2019-02-01, not one that starts later.
   */
  public static boolean endsAfter(PartialDate start, PartialDate end) {
    return start == null || end == null || !end.getEarliest().isBefore(start.getEarliest());
  }
}
