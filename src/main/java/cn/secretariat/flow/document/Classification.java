package cn.secretariat.flow.document;

import java.util.Arrays;
import java.util.List;

/** 密级 (保密法 art. 13: 绝密、机密、秘密), plus 非密 for unclassified documents; ordered by level. */
public enum Classification {
  UNCLASSIFIED("非密"),
  SECRET("秘密"),
  CONFIDENTIAL("机密"),
  TOP_SECRET("绝密");

  private final String label;

  Classification(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public static List<String> labels() {
    return Arrays.stream(values()).map(Classification::label).toList();
  }
}
