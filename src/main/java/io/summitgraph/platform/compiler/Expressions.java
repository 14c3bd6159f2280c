package io.summitgraph.platform.compiler;

import java.util.LinkedHashMap;
import java.util.Map;

/** SQL for values the domain computes in Java, computed the same way by PostgreSQL. */
final class Expressions {

  private Expressions() {}

  /**
   * A {@code Float} field's value as the resolvers' JSON has it, a double: PostgreSQL's shortest
   * text of the double, with ".0" added to a whole number, which would otherwise read back as an
   * integer (and be written without a fraction or exponent).
   */
  static String asFloat(String expression) {
    return "cast(regexp_replace(cast(cast("
        + expression
        + " as double precision) as text), '^([-0-9]+)$', '\\1.0') as json)";
  }

  /**
   * A {@code PartialDate}: ISO 8601 at its precision, the precision, and the first and last day it
   * allows (common/time/PartialDate).
   */
  static FieldRead partialDate(String dayColumn, String precisionColumn) {
    String day = FieldRead.ROW + "." + dayColumn;
    String precision = FieldRead.ROW + "." + precisionColumn;
    Map<String, FieldRead> fields = new LinkedHashMap<>();
    fields.put(
        "iso",
        new FieldRead.Value(
            "(case "
                + precision
                + " when 'YEAR' then to_char("
                + day
                + ", 'FMYYYY') when 'MONTH' then to_char("
                + day
                + ", 'YYYY-MM') when 'MONTH_DAY' then to_char("
                + day
                + ", '--MM-DD') else to_char("
                + day
                + ", 'YYYY-MM-DD') end)"));
    fields.put("precision", new FieldRead.Value(precision));
    fields.put("earliest", new FieldRead.Value(day));
    fields.put(
        "latest",
        new FieldRead.Value(
            "(case "
                + precision
                + " when 'YEAR' then cast(date_trunc('year', "
                + day
                + ") + interval '1 year - 1 day' as date) when 'MONTH' then cast(date_trunc('month', "
                + day
                + ") + interval '1 month - 1 day' as date) else "
                + day
                + " end)"));
    return new FieldRead.Embedded(day + " is null", fields);
  }
}
