package cn.secretariat.flow.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * 紧急程度 of an official document (党政机关公文处理工作条例, art. 9: 特急、加急; everything else is a 平件).
 * The Chinese word is the variable value; the constant name is what configuration keys use
 * ({@code extra-urgent}, {@code urgent}, {@code normal}).
 */
public enum Urgency {
  EXTRA_URGENT("特急"),
  URGENT("加急"),
  NORMAL("平件");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static Optional<Urgency> fromLabel(Object value) {
    return Arrays.stream(values()).filter(u -> u.label.equals(value)).findFirst();
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(Urgency::label).toList();
  }
}
