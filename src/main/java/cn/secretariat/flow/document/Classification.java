package cn.secretariat.flow.document;

import java.util.List;
import java.util.Optional;

/** 密级 (保密法 art. 13: 绝密、机密、秘密), plus 非密 for unclassified documents; ordered by level. */
public enum Classification implements Labelled {
  UNCLASSIFIED("非密"),
  SECRET("秘密"),
  CONFIDENTIAL("机密"),
  TOP_SECRET("绝密");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  @Override
  public String label() {
    return label;
  }

  public static Optional<Classification> fromLabel(Object value) {
    return Labelled.fromLabel(Classification.class, value);
  }

  public static List<String> labels() {
    return Labelled.labels(Classification.class);
  }
}
