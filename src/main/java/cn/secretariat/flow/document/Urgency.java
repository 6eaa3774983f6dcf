package cn.secretariat.flow.document;

import java.util.List;
import java.util.Optional;

/**
 * 紧急程度 of an official document (党政机关公文处理工作条例, art. 9: 特急、加急; everything else is a 平件).
 * The Chinese word is the variable value; the constant name is what configuration keys use
 * ({@code extra-urgent}, {@code urgent}, {@code normal}).
 */
public enum Urgency implements Labelled {
  EXTRA_URGENT("特急"),
  URGENT("加急"),
  NORMAL("平件");

  private final String label;

  Urgency(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Urgency> fromLabel(Object value) {
    return Labelled.fromLabel(Urgency.class, value);
  }

  public static List<String> labels() {
    return Labelled.labels(Urgency.class);
  }
}
