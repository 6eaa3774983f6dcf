package cn.secretariat.flow.web;

import java.util.List;

/** Checks the numeric query parameters of the office's own endpoints ({@code /api/...}), in Chinese. */
public final class QueryParameters {

  private QueryParameters() {
  }

  /**
   * The parameter as a number within {@code min..max}; null when absent, or when it is not such a number, in
   * which case a message a clerk understands is added to {@code problems}.
   */
  public static Integer number(String raw, String label, int min, int max, List<String> problems) {
    if (raw == null || raw.isBlank()) {
      return null;
    }
    try {
      int value = Integer.parseInt(raw.strip());
      if (value < min || value > max) {
        problems.add(label + "应在" + min + "到" + max + "之间（收到：" + raw + "）");
        return null;
      }
      return value;
    } catch (NumberFormatException e) {
      problems.add(label + "应为整数（收到：" + raw + "）");
      return null;
    }
  }
}
