package cn.secretariat.flow.document;

import java.util.List;

/** 文种: the fifteen kinds of official document of the 党政机关公文处理工作条例 (2012), art. 8, in its order. */
public final class DocType {

  public static final List<String> LABELS = List.of(
      "决议", "决定", "命令（令）", "公报", "公告", "通告", "意见", "通知",
      "通报", "报告", "请示", "批复", "议案", "函", "纪要");

  private DocType() {
  }
}
